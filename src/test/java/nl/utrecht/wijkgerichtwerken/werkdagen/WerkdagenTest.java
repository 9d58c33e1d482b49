package nl.utrecht.wijkgerichtwerken.werkdagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WerkdagenTest {

    private final TermijnProperties termijnen = termijnen();
    private final Werkdagen werkdagen = new Werkdagen(termijnen);

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    @Test
    void goedeVrijdagIsEenWerkdagMaarTweedePaasdagNiet() {
        assertThat(werkdagen.plusWerkdagen(d("2026-04-02"), 1)).isEqualTo(d("2026-04-03"));
        assertThat(werkdagen.plusWerkdagen(d("2026-04-03"), 1)).isEqualTo(d("2026-04-07"));
        assertThat(werkdagen.isWerkdag(d("2026-04-06"))).isFalse();
    }

    @Test
    void koningsdagIsVrijEnOpZondagVerschovenNaarZaterdag() {
        assertThat(werkdagen.plusWerkdagen(d("2026-04-24"), 1)).isEqualTo(d("2026-04-28"));
        // 27 April 2025 was a Sunday: Koningsdag on Saturday the 26th, Monday the 28th is a normal werkdag
        assertThat(werkdagen.plusWerkdagen(d("2025-04-25"), 1)).isEqualTo(d("2025-04-28"));
    }

    @Test
    void bevrijdingsdagIsElkJaarVrij() {
        assertThat(werkdagen.isWerkdag(d("2026-05-05"))).isFalse();
        assertThat(werkdagen.isWerkdag(d("2025-05-05"))).isFalse();
        assertThat(werkdagen.isWerkdag(d("2026-05-06"))).isTrue();
    }

    @Test
    void hemelvaartsdagWordtOvergeslagen() {
        assertThat(werkdagen.plusWerkdagen(d("2026-05-13"), 1)).isEqualTo(d("2026-05-15"));
    }

    @Test
    void tweedePinksterdagWordtOvergeslagen() {
        assertThat(werkdagen.plusWerkdagen(d("2026-05-22"), 1)).isEqualTo(d("2026-05-26"));
    }

    @Test
    void beideKerstdagenWordenOvergeslagen() {
        assertThat(werkdagen.plusWerkdagen(d("2026-12-24"), 1)).isEqualTo(d("2026-12-28"));
        assertThat(werkdagen.isWerkdag(d("2025-12-25"))).isFalse();
        assertThat(werkdagen.isWerkdag(d("2025-12-26"))).isFalse();
    }

    @Test
    void overDeJaarwisselingTeltNieuwjaarsdagNiet() {
        assertThat(werkdagen.plusWerkdagen(d("2026-12-31"), 1)).isEqualTo(d("2027-01-04"));
        assertThat(werkdagen.plusWerkdagen(d("2025-12-31"), 1)).isEqualTo(d("2026-01-02"));
        assertThat(werkdagen.werkdagenTussen(d("2026-12-24"), d("2027-01-04"))).isEqualTo(5);
        assertThat(werkdagen.werkdagenTussen(d("2027-01-04"), d("2026-12-24"))).isEqualTo(-5);
    }

    @Test
    void dertigWerkdagenOverPasenEnKoningsdagEnBevrijdingsdag() {
        // 1 April 2026 + 30 werkdagen, skipping Tweede Paasdag, Koningsdag, Bevrijdingsdag and Hemelvaart
        assertThat(werkdagen.plusWerkdagen(d("2026-04-01"), 30)).isEqualTo(d("2026-05-19"));
        assertThat(werkdagen.werkdagenTussen(d("2026-04-01"), d("2026-05-19"))).isEqualTo(30);
    }

    @Test
    void nulWerkdagenVanafEenWeekenddagGeeftDeVolgendeWerkdag() {
        assertThat(werkdagen.plusWerkdagen(d("2026-11-28"), 0)).isEqualTo(d("2026-11-30"));
        assertThat(werkdagen.plusWerkdagen(d("2026-11-27"), 0)).isEqualTo(d("2026-11-27"));
        assertThatThrownBy(() -> werkdagen.plusWerkdagen(d("2026-11-27"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minWerkdagenTeltTerugOverHetWeekend() {
        assertThat(werkdagen.minWerkdagen(d("2026-06-19"), 3)).isEqualTo(d("2026-06-16"));
        assertThat(werkdagen.minWerkdagen(d("2027-01-04"), 1)).isEqualTo(d("2026-12-31"));
    }

    @Test
    void statusOpDeGrenzenVanHetWaarschuwingsvenster() {
        LocalDate deadline = d("2026-06-19");
        assertThat(werkdagen.status(deadline, d("2026-06-15"))).isEqualTo(Termijnstatus.OP_TIJD);
        assertThat(werkdagen.status(deadline, d("2026-06-16"))).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
        assertThat(werkdagen.status(deadline, deadline)).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
        assertThat(werkdagen.status(deadline, d("2026-06-20"))).isEqualTo(Termijnstatus.TE_LAAT);
        assertThat(Termijnstatus.TE_LAAT.code()).isEqualTo("te-laat");
    }

    @Test
    void ruimTeLaatIsMeerDanTweeKeerDeTermijn() {
        LocalDate begin = d("2026-06-01");
        LocalDate deadline = werkdagen.plusWerkdagen(begin, 5);
        assertThat(werkdagen.ruimTeLaat(begin, deadline, werkdagen.plusWerkdagen(begin, 10))).isFalse();
        assertThat(werkdagen.ruimTeLaat(begin, deadline, werkdagen.plusWerkdagen(begin, 11))).isTrue();
    }

    @Test
    void deadlineEnWaarschuwingVolgenDeEngineKlok() {
        ClockUtil.setCurrentTime(amsterdam("2026-12-21T10:00"));

        Date deadline = werkdagen.deadline(10);
        assertThat(deadline).isEqualTo(amsterdam("2027-01-06T17:00"));
        assertThat(werkdagen.waarschuwing(deadline)).isEqualTo(amsterdam("2026-12-31T09:00"));
        assertThat(werkdagen.deadline("test", "stap")).isEqualTo(amsterdam("2026-12-24T17:00"));
        assertThat(werkdagen.status(deadline)).isEqualTo(Termijnstatus.OP_TIJD);
    }

    @Test
    void ontbrekendeTermijnGeeftEenDuidelijkeMelding() {
        assertThatThrownBy(() -> termijnen.werkdagen("test", "onbekend"))
                .hasMessage("Geen termijn ingesteld voor wijk.termijnen.processen.test.onbekend");
    }

    private static TermijnProperties termijnen() {
        TermijnProperties termijnen = new TermijnProperties();
        termijnen.setProcessen(Map.of("test", Map.of("stap", 3)));
        return termijnen;
    }

    private static LocalDate d(String datum) {
        return LocalDate.parse(datum);
    }

    private static Date amsterdam(String moment) {
        return Date.from(LocalDateTime.parse(moment).atZone(Werkdagen.AMSTERDAM).toInstant());
    }
}

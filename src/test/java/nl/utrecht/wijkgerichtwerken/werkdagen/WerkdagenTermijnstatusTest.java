package nl.utrecht.wijkgerichtwerken.werkdagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification of a deadline as op tijd, bijna te laat or te laat, and "ruim te laat". */
class WerkdagenTermijnstatusTest {

    /** A Friday; with the default warning of 3 werkdagen the window opens on Tuesday 9 June. */
    private static final LocalDate DEADLINE = LocalDate.parse("2026-06-12");

    private final TermijnProperties properties = new TermijnProperties();
    private final Werkdagen werkdagen = new Werkdagen(properties);

    private static LocalDate dag(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "deadline 2026-06-12, vandaag {0} → {1}")
    @CsvSource({
        "2026-06-01, OP_TIJD",
        "2026-06-08, OP_TIJD", // the day before the warning window
        "2026-06-09, BIJNA_TE_LAAT", // first day of the window
        "2026-06-12, BIJNA_TE_LAAT", // the deadline day itself
        "2026-06-13, TE_LAAT", // the day after
        "2026-07-01, TE_LAAT"
    })
    void statusOpElkeGrensVanHetWaarschuwingsvenster(String vandaag, Termijnstatus verwacht) {
        assertThat(werkdagen.status(DEADLINE, dag(vandaag))).isEqualTo(verwacht);
    }

    @Test
    void waarschuwingsvensterTeltInWerkdagenOverFeestdagenHeen() {
        // deadline Tuesday after Pinksteren: 3 werkdagen back is Wednesday 20 May
        LocalDate deadline = dag("2026-05-26");

        assertThat(werkdagen.status(deadline, dag("2026-05-19"))).isEqualTo(Termijnstatus.OP_TIJD);
        assertThat(werkdagen.status(deadline, dag("2026-05-20"))).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
        assertThat(werkdagen.status(deadline, dag("2026-05-25"))).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
        assertThat(werkdagen.status(deadline, dag("2026-05-27"))).isEqualTo(Termijnstatus.TE_LAAT);
    }

    @Test
    void ingesteldeWaarschuwingBepaaltWanneerHetVensterOpent() {
        properties.setWaarschuwing(5);

        assertThat(werkdagen.status(DEADLINE, dag("2026-06-04"))).isEqualTo(Termijnstatus.OP_TIJD);
        assertThat(werkdagen.status(DEADLINE, dag("2026-06-05"))).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
    }

    @Test
    void zonderWaarschuwingIsAlleenDeDeadlinedagBijnaTeLaat() {
        properties.setWaarschuwing(0);

        assertThat(werkdagen.status(DEADLINE, dag("2026-06-11"))).isEqualTo(Termijnstatus.OP_TIJD);
        assertThat(werkdagen.status(DEADLINE, DEADLINE)).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
    }

    @Test
    void ruimTeLaatPasNaMeerDanTweemaalDeTermijn() {
        LocalDate begin = dag("2026-06-01");
        LocalDate deadline = werkdagen.plusWerkdagen(begin, 5); // Monday 8 June

        assertThat(werkdagen.ruimTeLaat(begin, deadline, dag("2026-06-09"))).isFalse();
        assertThat(werkdagen.ruimTeLaat(begin, deadline, dag("2026-06-15"))).isFalse(); // exactly 10 werkdagen
        assertThat(werkdagen.ruimTeLaat(begin, deadline, dag("2026-06-16"))).isTrue(); // 11 werkdagen
    }

    @Test
    void ruimTeLaatTeltFeestdagenNietMee() {
        LocalDate begin = dag("2026-12-21");
        LocalDate deadline = werkdagen.plusWerkdagen(begin, 5); // Tuesday 29 December

        assertThat(werkdagen.ruimTeLaat(begin, deadline, dag("2027-01-06"))).isFalse(); // 10 werkdagen
        assertThat(werkdagen.ruimTeLaat(begin, deadline, dag("2027-01-07"))).isTrue();
    }

    @Test
    void termijnstatusHeeftCodeEnNederlandsLabel() {
        assertThat(Termijnstatus.OP_TIJD.code()).isEqualTo("op-tijd");
        assertThat(Termijnstatus.OP_TIJD.label()).isEqualTo("Op tijd");
        assertThat(Termijnstatus.BIJNA_TE_LAAT.code()).isEqualTo("bijna-te-laat");
        assertThat(Termijnstatus.BIJNA_TE_LAAT.label()).isEqualTo("Bijna te laat");
        assertThat(Termijnstatus.TE_LAAT.code()).isEqualTo("te-laat");
        assertThat(Termijnstatus.TE_LAAT.label()).isEqualTo("Te laat");
    }
}

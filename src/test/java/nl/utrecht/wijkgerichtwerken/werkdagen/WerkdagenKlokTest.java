package nl.utrecht.wijkgerichtwerken.werkdagen;

import nl.utrecht.wijkgerichtwerken.Testklok;
import static nl.utrecht.wijkgerichtwerken.Testklok.om;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** vandaag(), deadline() and waarschuwing() on the engine's clock, in Europe/Amsterdam whatever the JVM zone. */
class WerkdagenKlokTest {


    private final TermijnProperties properties = new TermijnProperties();
    private final Werkdagen werkdagen = new Werkdagen(properties);

    @AfterEach
    void klokTerugzetten() {
        Testklok.herstel();
    }

    private static void zetKlok(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }


    @Test
    void vandaagVolgtDeKlokVanDeEngine() {
        zetKlok(Instant.parse("2026-03-10T12:00:00Z"));

        assertThat(werkdagen.vandaag()).isEqualTo(LocalDate.parse("2026-03-10"));
    }

    @Test
    void vandaagIsDeDatumInAmsterdamNietInUtc() {
        zetKlok(Instant.parse("2026-06-04T22:30:00Z")); // 00:30 on Friday 5 June in Amsterdam

        assertThat(werkdagen.vandaag()).isEqualTo(LocalDate.parse("2026-06-05"));
        assertThat(werkdagen.deadline(1).toInstant()).isEqualTo(Instant.parse("2026-06-08T15:00:00Z"));
    }

    @Test
    void deadlineIsEindeVanDeWerkdagNaDeTermijnInZomertijd() {
        zetKlok(Instant.parse("2026-06-05T08:00:00Z"));

        // Friday 19 June 17:00 CEST
        assertThat(werkdagen.deadline(10).toInstant()).isEqualTo(Instant.parse("2026-06-19T15:00:00Z"));
    }

    @Test
    void deadlineOverKerstEnJaarwisselingInWintertijd() {
        zetKlok(Instant.parse("2026-12-21T09:00:00Z"));

        // Wednesday 6 January 2027 17:00 CET
        assertThat(werkdagen.deadline(10).toInstant()).isEqualTo(Instant.parse("2027-01-06T16:00:00Z"));
    }

    @Test
    void deadlineVanNulWerkdagenInHetWeekendIsMaandag() {
        zetKlok(Instant.parse("2026-06-06T10:00:00Z"));

        assertThat(werkdagen.deadline(0)).isEqualTo(om("2026-06-08T17:00"));
    }

    @Test
    void deadlinePerProcesEnStapGebruiktDeIngesteldeTermijn() {
        properties.setProcessen(Map.of("escalatie", Map.of("wijk", 10, "acuut", 3)));
        zetKlok(Instant.parse("2026-06-05T08:00:00Z"));

        assertThat(werkdagen.deadline("escalatie", "wijk")).isEqualTo(om("2026-06-19T17:00"));
        assertThat(werkdagen.deadline("escalatie", "acuut")).isEqualTo(om("2026-06-10T17:00"));
    }

    @Test
    void deadlineVoorOnbekendeStapNoemtDeOntbrekendeInstelling() {
        properties.setProcessen(Map.of("escalatie", Map.of("wijk", 10)));

        assertThatThrownBy(() -> werkdagen.deadline("escalatie", "bestuurlijk"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Geen termijn ingesteld voor wijk.termijnen.processen.escalatie.bestuurlijk");
    }

    @Test
    void waarschuwingIsBeginVanDeWerkdagDrieWerkdagenVoorDeDeadline() {
        assertThat(werkdagen.waarschuwing(om("2026-06-19T17:00")))
                .isEqualTo(om("2026-06-16T09:00"));
    }

    @Test
    void waarschuwingTeltTerugOverNieuwjaarsdagEnHetWeekend() {
        assertThat(werkdagen.waarschuwing(om("2027-01-06T17:00")).toInstant())
                .isEqualTo(Instant.parse("2026-12-31T08:00:00Z"));
    }

    @Test
    void waarschuwingVolgtDeIngesteldeWaarschuwingstermijn() {
        properties.setWaarschuwing(1);

        assertThat(werkdagen.waarschuwing(om("2026-06-08T17:00")))
                .isEqualTo(om("2026-06-05T09:00"));
    }

    @Test
    void waarschuwingsmomentValtOpDeEersteDagDatDeStatusBijnaTeLaatIs() {
        zetKlok(Instant.parse("2026-06-05T08:00:00Z"));
        Date deadline = werkdagen.deadline(10);
        Date waarschuwing = werkdagen.waarschuwing(deadline);

        ClockUtil.setCurrentTime(Date.from(waarschuwing.toInstant().minusSeconds(24 * 3600)));
        assertThat(werkdagen.status(deadline)).isEqualTo(Termijnstatus.OP_TIJD);
        ClockUtil.setCurrentTime(waarschuwing);
        assertThat(werkdagen.status(deadline)).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
    }

    @Test
    void statusWordtTeLaatOmMiddernachtInAmsterdam() {
        Date deadline = om("2026-06-12T17:00");

        ClockUtil.setCurrentTime(om("2026-06-12T23:59"));
        assertThat(werkdagen.status(deadline)).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
        zetKlok(Instant.parse("2026-06-12T22:30:00Z")); // 00:30 on 13 June in Amsterdam, still 12 June in UTC
        assertThat(werkdagen.status(deadline)).isEqualTo(Termijnstatus.TE_LAAT);
    }
}

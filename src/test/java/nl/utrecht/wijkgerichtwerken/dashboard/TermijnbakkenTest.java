package nl.utrecht.wijkgerichtwerken.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import nl.utrecht.wijkgerichtwerken.werkdagen.TermijnProperties;
import nl.utrecht.wijkgerichtwerken.werkdagen.Termijnstatus;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/** The dashboard's buckets on the business clock, with fixed dates around Koningsdag, Bevrijdingsdag and Hemelvaart. */
class TermijnbakkenTest {

    private final Werkdagen werkdagen = new Werkdagen(new TermijnProperties());
    private final Termijnbakken bakken = new Termijnbakken(werkdagen);

    // begun Monday 20 April 2026 with 10 werkdagen: Koningsdag (Mon 27 Apr) and Bevrijdingsdag (Tue 5 May) are off
    private final LocalDate begin = dag("2026-04-20");
    private final LocalDate deadline = werkdagen.plusWerkdagen(begin, 10);
    private final LocalDate waarschuwing = werkdagen.minWerkdagen(deadline, 3);

    @Test
    void deFeestdagenSchuivenDeTermijnEnHetWaarschuwingsmoment() {
        assertThat(deadline).isEqualTo(dag("2026-05-06"));
        assertThat(waarschuwing).isEqualTo(dag("2026-04-30"));
    }

    @Test
    void opTijdTotDeWaarschuwingBijnaTeLaatTotEnMetDeTermijnDag() {
        assertThat(bak("2026-04-29")).isEqualTo(Termijnstatus.OP_TIJD);
        assertThat(bak("2026-04-30")).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
        assertThat(bak("2026-05-05")).as("Bevrijdingsdag, still before the deadline").isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
        assertThat(bak("2026-05-06")).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
        assertThat(bak("2026-05-07")).isEqualTo(Termijnstatus.TE_LAAT);
    }

    @Test
    void ruimTeLaatPasAlsDeTermijnMeerDanEenKeerVoorbijIsInWerkdagenNietInKalenderdagen() {
        // 10 werkdagen past 6 May, with Hemelvaart (Thu 14 May) off: Thursday 21 May
        assertThat(bak("2026-05-20")).isEqualTo(Termijnstatus.TE_LAAT);
        assertThat(bak("2026-05-21")).as("exactly twice the term").isEqualTo(Termijnstatus.TE_LAAT);
        assertThat(bak("2026-05-22")).isEqualTo(Termijnstatus.RUIM_TE_LAAT);
        assertThat(bakken.teLaat(begin, deadline, dag("2026-05-21"))).isEqualTo(Termijnstatus.TE_LAAT);
        assertThat(bakken.teLaat(begin, deadline, dag("2026-05-22"))).isEqualTo(Termijnstatus.RUIM_TE_LAAT);
    }

    @Test
    void zonderWaarschuwingsdatumTeltDeIngesteldeWaarschuwingVanDrieWerkdagen() {
        assertThat(bakken.bak(begin, deadline, null, dag("2026-04-29"))).isEqualTo(Termijnstatus.OP_TIJD);
        assertThat(bakken.bak(begin, deadline, null, dag("2026-04-30"))).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
    }

    @Test
    void eenTermijnVanNulWerkdagenIsDeDagNaDeTermijnAlRuimTeLaat() {
        LocalDate vrijdag = dag("2026-05-15");
        assertThat(bakken.bak(vrijdag, vrijdag, vrijdag, vrijdag)).isEqualTo(Termijnstatus.BIJNA_TE_LAAT);
        assertThat(bakken.bak(vrijdag, vrijdag, vrijdag, dag("2026-05-18"))).isEqualTo(Termijnstatus.RUIM_TE_LAAT);
    }

    @Test
    void deGrenzenZijnMiddernachtInAmsterdam() {
        LocalDate dag = dag("2026-03-29"); // the night the clocks go forward
        assertThat(Termijnbakken.begin(dag).toInstant()).isEqualTo(dag.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThat(Termijnbakken.begin(dag).toInstant().toString()).isEqualTo("2026-03-28T23:00:00Z");
    }

    private Termijnstatus bak(String vandaag) {
        return bakken.bak(begin, deadline, waarschuwing, dag(vandaag));
    }

    private static LocalDate dag(String iso) {
        return LocalDate.parse(iso);
    }
}

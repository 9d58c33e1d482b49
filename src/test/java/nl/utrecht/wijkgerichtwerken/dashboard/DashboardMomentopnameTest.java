package nl.utrecht.wijkgerichtwerken.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A manager never waits for the figures to be recomputed: a stale snapshot is served and renewed behind his back. */
class DashboardMomentopnameTest {

    private final OpenZaken openZaken = mock(OpenZaken.class);
    private final Kengetallen kengetallen = mock(Kengetallen.class);
    private DashboardMomentopname momentopname;

    @AfterEach
    void stop() {
        if (momentopname != null) {
            momentopname.stop();
        }
    }

    private static OpenZaken.Overzicht overzicht(long open) {
        return new OpenZaken.Overzicht(LocalDate.of(2026, 12, 1), List.of(), Map.of("op-tijd", open));
    }

    @Test
    void eenVerouderdeMomentopnameWordtMeteenGeserveerdEnOpDeAchtergrondVernieuwd() throws Exception {
        CountDownLatch trageBerekening = new CountDownLatch(1);
        when(openZaken.overzicht()).thenReturn(overzicht(1)).thenAnswer(a -> {
            trageBerekening.await(10, TimeUnit.SECONDS);
            return overzicht(2);
        });
        momentopname = new DashboardMomentopname(openZaken, kengetallen, Duration.ofMillis(50));
        assertThat(momentopname.zaken().totalen()).containsEntry("op-tijd", 1L);
        Thread.sleep(80);

        long begin = System.nanoTime();
        assertThat(momentopname.zaken().totalen()).as("the old figures, at once").containsEntry("op-tijd", 1L);
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(1));
        assertThat(momentopname.zaken().totalen()).containsEntry("op-tijd", 1L);

        trageBerekening.countDown();
        long tot = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (momentopname.zaken().totalen().get("op-tijd") != 2L && System.nanoTime() < tot) {
            Thread.sleep(10);
        }
        assertThat(momentopname.zaken().totalen()).as("renewed in the background").containsEntry("op-tijd", 2L);
    }

    @Test
    void zonderGeldigheidRekentElkeVraagOpnieuw() {
        when(openZaken.overzicht()).thenReturn(overzicht(1), overzicht(2));
        momentopname = new DashboardMomentopname(openZaken, kengetallen, Duration.ZERO);
        assertThat(momentopname.zaken().totalen()).containsEntry("op-tijd", 1L);
        assertThat(momentopname.zaken().totalen()).containsEntry("op-tijd", 2L);
        verify(openZaken, times(2)).overzicht();
    }

    @Test
    void deDoorklikLijstKomtMeteenUitDeMomentopnameZonderZakenDieIntussenVerderZijn() throws Exception {
        OpenZakenQuery query = mock(OpenZakenQuery.class);
        LocalDate vandaag = LocalDate.of(2026, 12, 1);
        var verder = new OpenZakenQuery.Leidend("z1", "t1", "escalatie", "oost", null, "wijk", vandaag.minusDays(20), vandaag.minusDays(5), null, false);
        var open = new OpenZakenQuery.Leidend("z2", "t2", "escalatie", "oost", null, "wijk", vandaag.minusDays(20), vandaag.minusDays(3), null, false);
        var elders = new OpenZakenQuery.Leidend("z3", "t3", "escalatie", "west", null, "wijk", vandaag.minusDays(20), vandaag.minusDays(3), null, false);
        CountDownLatch trageBerekening = new CountDownLatch(1);
        when(query.leidend()).thenReturn(List.of(verder, open, elders)).thenAnswer(a -> {
            trageBerekening.await(10, TimeUnit.SECONDS);
            return List.of();
        });
        // t1 was completed after the snapshot: its details are gone
        when(query.details(List.of("t1", "t2"))).thenReturn(Map.of("t2", new OpenZakenQuery.Details("ESC-2026-000002", "Oversteek", "Oplossen in de wijk", "jan")));
        Termijnbakken bakken = mock(Termijnbakken.class);
        when(bakken.vandaag()).thenReturn(vandaag);
        when(bakken.bak(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.eq(vandaag))).thenReturn(nl.utrecht.wijkgerichtwerken.werkdagen.Termijnstatus.TE_LAAT);
        OpenZaken lijst = new OpenZaken(query, bakken, mock(DashboardNamen.class), new nl.utrecht.wijkgerichtwerken.notificatie.NotificatieProperties());
        momentopname = new DashboardMomentopname(lijst, kengetallen, Duration.ofMillis(50));
        momentopname.leidend();
        Thread.sleep(80);

        long begin = System.nanoTime();
        List<OpenZaken.Zaak> zaken = lijst.zaken(momentopname.leidend(), new OpenZakenQuery.Filter("escalatie", "oost", null, null), "te-laat");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).as("no wait for the slow recomputation").isLessThan(Duration.ofSeconds(1));
        assertThat(zaken).extracting(OpenZaken.Zaak::zaaknummer).containsExactly("ESC-2026-000002");
        assertThat(zaken.get(0).termijn()).isEqualTo(vandaag.minusDays(3));
        trageBerekening.countDown();
    }

    @Test
    void deDoorklikLijstNeemtDeTermijnstatusUitDeMomentopnameEnRekentOpEenLatereDagOpnieuw() {
        OpenZakenQuery query = mock(OpenZakenQuery.class);
        LocalDate gisteren = LocalDate.of(2026, 12, 1);
        var zaak = new OpenZakenQuery.Leidend("z1", "t1", "escalatie", "oost", null, "wijk", gisteren.minusDays(10), gisteren, null, false);
        when(query.leidend()).thenReturn(List.of(zaak));
        when(query.details(List.of("t1"))).thenReturn(Map.of("t1", new OpenZakenQuery.Details("ESC-2026-000001", "Oversteek", "Oplossen in de wijk", "jan")));
        Termijnbakken bakken = mock(Termijnbakken.class);
        when(bakken.vandaag()).thenReturn(gisteren);
        when(bakken.bak(zaak.gestart(), zaak.termijn(), null, gisteren)).thenReturn(nl.utrecht.wijkgerichtwerken.werkdagen.Termijnstatus.BIJNA_TE_LAAT);
        when(bakken.bak(zaak.gestart(), zaak.termijn(), null, gisteren.plusDays(1))).thenReturn(nl.utrecht.wijkgerichtwerken.werkdagen.Termijnstatus.TE_LAAT);
        OpenZaken lijst = new OpenZaken(query, bakken, mock(DashboardNamen.class), new nl.utrecht.wijkgerichtwerken.notificatie.NotificatieProperties());

        OpenZaken.Leidende momentopname = lijst.leidende();
        for (int i = 0; i < 3; i++) {
            assertThat(lijst.zaken(momentopname, new OpenZakenQuery.Filter(null, null, null, null), "bijna-te-laat"))
                    .extracting(OpenZaken.Zaak::zaaknummer).containsExactly("ESC-2026-000001");
        }
        verify(bakken, times(1)).bak(zaak.gestart(), zaak.termijn(), null, gisteren);

        // the next day, before the snapshot is renewed: the deadline has passed
        when(bakken.vandaag()).thenReturn(gisteren.plusDays(1));
        assertThat(lijst.zaken(momentopname, new OpenZakenQuery.Filter(null, null, null, null), "bijna-te-laat")).isEmpty();
        assertThat(lijst.zaken(momentopname, new OpenZakenQuery.Filter(null, null, null, null), "te-laat"))
                .extracting(OpenZaken.Zaak::termijnstatus).containsExactly("te-laat");
    }
}

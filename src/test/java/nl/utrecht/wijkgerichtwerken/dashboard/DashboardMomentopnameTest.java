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
}

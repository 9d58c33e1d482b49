package nl.utrecht.wijkgerichtwerken.werkdagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Calendar arithmetic: weekends, the Dutch public holidays from jollyday, year ends, the n = 0 rule. */
class WerkdagenTest {

    private final Werkdagen werkdagen = new Werkdagen(new TermijnProperties());

    private static LocalDate dag(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} is geen werkdag")
    @ValueSource(strings = {
        "2026-01-01", // Nieuwjaarsdag
        "2026-04-05", "2026-04-06", // Eerste en Tweede Paasdag
        "2026-04-27", // Koningsdag
        "2025-05-05", "2026-05-05", "2027-05-05", // Bevrijdingsdag, also outside lustrum years
        "2026-05-14", // Hemelvaartsdag
        "2026-05-24", "2026-05-25", // Eerste en Tweede Pinksterdag
        "2026-12-25", "2026-12-26", // Eerste en Tweede Kerstdag
        "2026-06-06", "2026-06-07" // weekend
    })
    void feestdagenEnWeekendZijnGeenWerkdag(String iso) {
        assertThat(werkdagen.isWerkdag(dag(iso))).isFalse();
    }

    @ParameterizedTest(name = "{0} is een werkdag")
    @ValueSource(strings = {
        "2026-04-03", // Goede Vrijdag: no day off under the CAO Gemeenten
        "2025-04-28", // Monday after Koningsdag on a Sunday: no substitute day off
        "2026-05-15", // the Friday after Hemelvaart
        "2026-12-24", "2026-12-31", // Kerstavond, Oudejaarsdag
        "2026-06-08", "2026-06-12" // an ordinary Monday and Friday
    })
    void gewoneDagenEnGoedeVrijdagZijnWerkdag(String iso) {
        assertThat(werkdagen.isWerkdag(dag(iso))).isTrue();
    }

    @Test
    void koningsdagOpZondagWordtZaterdagZodatHijGeenWerkdagKost() {
        // 27 April 2025 is a Sunday; Koningsdag is observed on Saturday 26 April
        assertThat(werkdagen.plusWerkdagen(dag("2025-04-25"), 1)).isEqualTo(dag("2025-04-28"));
        assertThat(werkdagen.werkdagenTussen(dag("2025-04-25"), dag("2025-05-02"))).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} + {1} werkdagen = {2}")
    @CsvSource({
        "2026-06-05, 1, 2026-06-08", // Friday → Monday
        "2026-06-06, 1, 2026-06-08", // from a Saturday the first werkdag is Monday
        "2026-06-08, 5, 2026-06-15",
        "2026-04-02, 1, 2026-04-03", // Thursday → Goede Vrijdag
        "2026-04-03, 1, 2026-04-07", // over Pasen
        "2026-04-24, 1, 2026-04-28", // over Koningsdag
        "2026-05-04, 1, 2026-05-06", // over Bevrijdingsdag
        "2026-04-30, 10, 2026-05-18", // over Bevrijdingsdag and Hemelvaart
        "2026-05-13, 1, 2026-05-15", // over Hemelvaart
        "2026-05-22, 1, 2026-05-26", // over Pinksteren
        "2025-12-24, 1, 2025-12-29", // over Kerst on Thursday and Friday
        "2026-12-21, 10, 2027-01-06", // over Kerst and Nieuwjaarsdag
        "2025-12-31, 1, 2026-01-02", // Oudejaarsdag → the Friday after Nieuwjaarsdag
        "2026-12-31, 1, 2027-01-04" // Oudejaarsdag → over Nieuwjaarsdag and the weekend
    })
    void plusWerkdagenSlaatWeekendsEnFeestdagenOver(String start, int n, String verwacht) {
        assertThat(werkdagen.plusWerkdagen(dag(start), n)).isEqualTo(dag(verwacht));
    }

    @ParameterizedTest(name = "{0} - {1} werkdagen = {2}")
    @CsvSource({
        "2026-06-08, 1, 2026-06-05", // Monday → Friday
        "2026-06-07, 1, 2026-06-05", // from a Sunday the first werkdag before is Friday
        "2026-04-07, 1, 2026-04-03", // over Pasen to Goede Vrijdag
        "2026-05-26, 3, 2026-05-20", // over Pinksteren
        "2027-01-04, 1, 2026-12-31", // over the year end
        "2027-01-06, 10, 2026-12-21" // back over Nieuwjaarsdag and Kerst
    })
    void minWerkdagenSlaatWeekendsEnFeestdagenOver(String start, int n, String verwacht) {
        assertThat(werkdagen.minWerkdagen(dag(start), n)).isEqualTo(dag(verwacht));
    }

    @Test
    void nulWerkdagenGeeftDeStartdagAlsDatEenWerkdagIs() {
        assertThat(werkdagen.plusWerkdagen(dag("2026-06-10"), 0)).isEqualTo(dag("2026-06-10"));
        assertThat(werkdagen.minWerkdagen(dag("2026-06-10"), 0)).isEqualTo(dag("2026-06-10"));
    }

    @Test
    void nulWerkdagenVanafEenVrijeDagGeeftDeEerstvolgendeWerkdag() {
        assertThat(werkdagen.plusWerkdagen(dag("2026-06-06"), 0)).isEqualTo(dag("2026-06-08"));
        assertThat(werkdagen.plusWerkdagen(dag("2026-12-25"), 0)).isEqualTo(dag("2026-12-28"));
    }

    @Test
    void nulWerkdagenTerugVanafEenVrijeDagGeeftDeVorigeWerkdag() {
        assertThat(werkdagen.minWerkdagen(dag("2026-06-06"), 0)).isEqualTo(dag("2026-06-05"));
        assertThat(werkdagen.minWerkdagen(dag("2026-04-06"), 0)).isEqualTo(dag("2026-04-03"));
    }

    @Test
    void negatiefAantalWerkdagenWordtGeweigerd() {
        assertThatThrownBy(() -> werkdagen.plusWerkdagen(dag("2026-06-10"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> werkdagen.minWerkdagen(dag("2026-06-10"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "({0}, {1}] bevat {2} werkdagen")
    @CsvSource({
        "2026-06-10, 2026-06-10, 0",
        "2026-06-05, 2026-06-08, 1", // Friday excluded, Monday included
        "2026-06-06, 2026-06-07, 0", // a weekend
        "2026-06-01, 2026-06-12, 9",
        "2026-04-02, 2026-04-07, 2", // Goede Vrijdag and the Tuesday after Pasen
        "2026-12-21, 2027-01-06, 10"
    })
    void werkdagenTussenTeltVanExclusiefTotInclusief(String van, String tot, int verwacht) {
        assertThat(werkdagen.werkdagenTussen(dag(van), dag(tot))).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "omgekeerd ({1}, {0}] = -{2}")
    @CsvSource({
        "2026-06-05, 2026-06-08, 1",
        "2026-12-21, 2027-01-06, 10",
        "2026-06-06, 2026-06-07, 0"
    })
    void werkdagenTussenIsNegatiefAlsTotVoorVanLigt(String van, String tot, int aantal) {
        assertThat(werkdagen.werkdagenTussen(dag(tot), dag(van))).isEqualTo(-aantal);
    }

    @ParameterizedTest(name = "vanaf {0}")
    @ValueSource(strings = {"2026-04-01", "2026-04-04", "2026-12-20", "2025-04-24"})
    void werkdagenTussenTeltPreciesDeWerkdagenDiePlusWerkdagenOptelt(String iso) {
        LocalDate start = dag(iso);
        for (int n = 1; n <= 25; n++) {
            assertThat(werkdagen.werkdagenTussen(start, werkdagen.plusWerkdagen(start, n))).isEqualTo(n);
        }
    }
}

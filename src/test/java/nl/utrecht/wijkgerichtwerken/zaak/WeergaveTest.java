package nl.utrecht.wijkgerichtwerken.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Amounts and lists as a Dutch reader expects them in forms, mails and pages. */
class WeergaveTest {

    @Test
    void bedragenMetPuntVoorDuizendtallenEnKommaVoorCenten() {
        assertThat(Weergave.euro(2500.0)).isEqualTo("€ 2.500");
        assertThat(Weergave.euro(2500.5)).isEqualTo("€ 2.500,50");
        assertThat(Weergave.euro(1_000_000)).isEqualTo("€ 1.000.000");
        assertThat(Weergave.euro(null)).isEqualTo("geen bedrag");
    }

    @Test
    void lijstenAlsOpsommingMetEn() {
        assertThat(Weergave.opsomming(List.of("geld", "kennis", "ruimte"), "geen")).isEqualTo("geld, kennis en ruimte");
        assertThat(Weergave.opsomming(List.of("geld"), "geen")).isEqualTo("geld");
        assertThat(Weergave.opsomming(List.of(), "geen")).isEqualTo("geen");
    }

    @Test
    void genummerdeLijstVoorEenFormulierZonderHtmlOfLinks() {
        assertThat(Weergave.genummerd(List.of("Meer groen", "<img src=x> [klik](http://x)\nvolgende regel")))
                .isEqualTo("1. Meer groen\n2. &lt;img src=x> &#91;klik](http://x) volgende regel\n");
    }
}

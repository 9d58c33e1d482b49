package nl.utrecht.wijkgerichtwerken.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the initiatiefnemer reads: amounts as the Dutch write them, in the text and the HTML part alike. */
class MailSjablonenTest {

    @ParameterizedTest(name = "{0} → € {1}")
    @CsvSource({"2500.0, 2.500", "1500, 1.500", "2500.5, '2.500,50'", "0, 0", "1000000, 1.000.000"})
    void eenToegekendBedragStaatInDeMailZoalsWeHetSchrijven(double bedrag, String verwacht) {
        Map<String, Object> model = new HashMap<>();
        model.put("initiatiefnemer", "Fatima");
        model.put("besluit", "ja");
        model.put("titel", "Buurtfeest");
        model.put("motivering", "Past in het wijkbudget");
        model.put("toegekendBedrag", bedrag);
        model.put("contactpersoonNaam", "Anna de Vries");
        model.put("zaaknummer", "INI-2026-000001");

        MailSjablonen.Inhoud mail = new MailSjablonen().maak("initiatief-besluit", model);

        assertThat(mail.tekst()).contains("Bijdrage uit het initiatievenfonds: € " + verwacht + "\n");
        assertThat(mail.html()).contains("€ <span>" + verwacht + "</span>");
    }
}

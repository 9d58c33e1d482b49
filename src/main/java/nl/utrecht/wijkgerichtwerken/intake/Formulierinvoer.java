package nl.utrecht.wijkgerichtwerken.intake;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * What a public page posts (form fields), turned into the submission the API takes, and the Dutch
 * refusals of the start rules (which name fields by their label) turned back into the page's fields.
 */
final class Formulierinvoer {

    /** Labels the start rules use in their refusals, and the form field each belongs to. */
    private static final Map<String, String> VELD_VAN_LABEL = Map.ofEntries(
            entry("Wijkplatform", "wijkplatform"), entry("Wijk", "wijk"), entry("Onderwerp", "onderwerp"),
            entry("E-mailadres", "contactEmail"), entry("Naam contactpersoon", "contactNaam"),
            entry("Soort advies", "soort"), entry("Adviespunten", "adviespunten"), entry("Betrokkenen", "betrokkenen"),
            entry("Draagvlak", "draagvlak"), entry("Vraag", "vraag"), entry("Titel", "titel"),
            entry("Beschrijving", "beschrijving"), entry("Buurt", "buurt"), entry("Initiatiefnemer", "initiatiefnemer"),
            entry("Telefoonnummer", "contactTelefoon"), entry("Contact", "contactEmail"),
            entry("Gevraagde hulp", "hulpGevraagd"), entry("Gevraagd bedrag", "gevraagdBedrag"));

    private Formulierinvoer() {
    }

    /**
     * Only the fields of the submission are read; empty texts are left out (the start rules then say
     * what is required), a list field takes every checked box or one entry per line of a text area.
     */
    static Map<String, Object> invoer(Zaaksoort soort, MultiValueMap<String, String> formulier) {
        Map<String, Object> invoer = new LinkedHashMap<>();
        soort.velden().forEach((naam, veld) -> {
            List<String> waarden = formulier.getOrDefault(naam, List.of());
            switch (veld) {
                case TEKST -> {
                    String tekst = waarden.isEmpty() || waarden.get(0) == null ? "" : waarden.get(0).strip();
                    if (!tekst.isEmpty()) {
                        invoer.put(naam, tekst);
                    }
                }
                case TEKSTEN -> invoer.put(naam, waarden.stream()
                        .flatMap(String::lines).map(String::strip).filter(regel -> !regel.isEmpty()).toList());
                case GETAL -> {
                    String tekst = waarden.isEmpty() || waarden.get(0) == null ? "" : waarden.get(0).strip();
                    if (!tekst.isEmpty()) {
                        invoer.put(naam, bedrag(tekst));
                    }
                }
            }
        });
        return invoer;
    }

    /** The form field a refusal belongs to, or null when it concerns the whole submission. */
    static String veld(String label) {
        if (label == null) {
            return null;
        }
        if (label.matches("Adviespunt \\d+")) {
            return "adviespunten";
        }
        return VELD_VAN_LABEL.getOrDefault(label, label.matches("[a-zA-Z]+") ? label : null);
    }

    private static BigDecimal bedrag(String tekst) {
        String getal = tekst.replace("€", "").replace(" ", "");
        if (getal.contains(",")) {
            getal = getal.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(getal);
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoerException("De aanvraag is niet in behandeling genomen.",
                    List.of(new OngeldigeInvoerException.Veldfout("Gevraagd bedrag", "'" + tekst + "' is geen bedrag in euro's")));
        }
    }
}

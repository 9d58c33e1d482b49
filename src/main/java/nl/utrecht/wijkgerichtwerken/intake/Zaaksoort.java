package nl.utrecht.wijkgerichtwerken.intake;

import java.util.Map;
import java.util.Set;

/** What outsiders can submit through the public API, with the fields of DESIGN §5 and their kinds. */
enum Zaaksoort {
    ADVIES("adviezen", "wijkplatform-advies", "reactieDatum", Map.of(
            "wijkplatform", Veld.TEKST, "wijk", Veld.TEKST, "onderwerp", Veld.TEKST, "soort", Veld.TEKST,
            "adviespunten", Veld.TEKSTEN, "betrokkenen", Veld.TEKST, "draagvlak", Veld.TEKST,
            "contactEmail", Veld.TEKST, "contactNaam", Veld.TEKST)),
    INITIATIEF("initiatieven", "initiatief", "besluitDatum", Map.of(
            "titel", Veld.TEKST, "beschrijving", Veld.TEKST, "wijk", Veld.TEKST, "buurt", Veld.TEKST,
            "initiatiefnemer", Veld.TEKST, "contactEmail", Veld.TEKST, "contactTelefoon", Veld.TEKST,
            "hulpGevraagd", Veld.TEKSTEN, "gevraagdBedrag", Veld.GETAL)),
    INFORMATIEVERZOEK("informatieverzoeken", "informatieverzoek", "reactieDatum", Map.of(
            "wijkplatform", Veld.TEKST, "wijk", Veld.TEKST, "onderwerp", Veld.TEKST, "vraag", Veld.TEKST,
            "contactEmail", Veld.TEKST, "contactNaam", Veld.TEKST));

    enum Veld { TEKST, TEKSTEN, GETAL }

    private final String route;
    private final String proces;
    private final String beloofdeDatum;
    private final Map<String, Veld> velden;

    Zaaksoort(String route, String proces, String beloofdeDatum, Map<String, Veld> velden) {
        this.route = route;
        this.proces = proces;
        this.beloofdeDatum = beloofdeDatum;
        this.velden = velden;
    }

    String route() {
        return route;
    }

    String proces() {
        return proces;
    }

    /** The variable holding the date the municipality promises an answer by. */
    String beloofdeDatum() {
        return beloofdeDatum;
    }

    Map<String, Veld> velden() {
        return velden;
    }

    Set<String> veldnamen() {
        return velden.keySet();
    }
}

package nl.utrecht.wijkgerichtwerken.intake;

import java.util.Map;
import java.util.Set;

/** What outsiders can submit through the public API, with the fields of DESIGN §5 and their kinds. */
enum Zaaksoort {
    ADVIES("adviezen", "advies", "wijkplatform-advies", "reactieDatum", Map.of(
            "wijkplatform", Veld.TEKST, "wijk", Veld.TEKST, "onderwerp", Veld.TEKST, "soort", Veld.TEKST,
            "adviespunten", Veld.TEKSTEN, "betrokkenen", Veld.TEKST, "draagvlak", Veld.TEKST,
            "contactEmail", Veld.TEKST, "contactNaam", Veld.TEKST)),
    INITIATIEF("initiatieven", "initiatief", "initiatief", "besluitDatum", Map.of(
            "titel", Veld.TEKST, "beschrijving", Veld.TEKST, "wijk", Veld.TEKST, "buurt", Veld.TEKST,
            "initiatiefnemer", Veld.TEKST, "contactEmail", Veld.TEKST, "contactTelefoon", Veld.TEKST,
            "hulpGevraagd", Veld.TEKSTEN, "gevraagdBedrag", Veld.GETAL)),
    INFORMATIEVERZOEK("informatieverzoeken", "informatieverzoek", "informatieverzoek", "reactieDatum", Map.of(
            "wijkplatform", Veld.TEKST, "wijk", Veld.TEKST, "onderwerp", Veld.TEKST, "vraag", Veld.TEKST,
            "contactEmail", Veld.TEKST, "contactNaam", Veld.TEKST));

    enum Veld { TEKST, TEKSTEN, GETAL }

    private final String route;
    private final String pagina;
    private final String proces;
    private final String beloofdeDatum;
    private final Map<String, Veld> velden;

    Zaaksoort(String route, String pagina, String proces, String beloofdeDatum, Map<String, Veld> velden) {
        this.route = route;
        this.pagina = pagina;
        this.proces = proces;
        this.beloofdeDatum = beloofdeDatum;
        this.velden = velden;
    }

    String route() {
        return route;
    }

    /** The public page: {@code /<pagina>}, template {@code intake/<pagina>}. */
    String pagina() {
        return pagina;
    }

    static Zaaksoort vanPagina(String pagina) {
        for (Zaaksoort soort : values()) {
            if (soort.pagina.equals(pagina)) {
                return soort;
            }
        }
        throw new IllegalArgumentException(pagina);
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

package nl.utrecht.wijkgerichtwerken.intake;

import java.util.Map;
import java.util.Set;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.InformatieverzoekVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;

/** What outsiders can submit through the public API: the start fields of each process's contract (DESIGN §5), with their kinds. */
enum Zaaksoort {
    ADVIES("adviezen", "advies", AdviesVariabelen.PROCES_ADVIES, AdviesVariabelen.REACTIE_DATUM, metAanvraag(Map.of(
            AdviesVariabelen.WIJKPLATFORM, Veld.TEKST, AdviesVariabelen.WIJK, Veld.TEKST,
            AdviesVariabelen.ONDERWERP, Veld.TEKST, AdviesVariabelen.SOORT, Veld.TEKST,
            AdviesVariabelen.ADVIESPUNTEN, Veld.TEKSTEN, AdviesVariabelen.BETROKKENEN, Veld.TEKST,
            AdviesVariabelen.DRAAGVLAK, Veld.TEKST, AdviesVariabelen.CONTACT_EMAIL, Veld.TEKST,
            AdviesVariabelen.CONTACT_NAAM, Veld.TEKST))),
    INITIATIEF("initiatieven", "initiatief", InitiatiefVariabelen.PROCES, InitiatiefVariabelen.BESLUIT_DATUM, Map.of(
            InitiatiefVariabelen.TITEL, Veld.TEKST, InitiatiefVariabelen.BESCHRIJVING, Veld.TEKST,
            InitiatiefVariabelen.WIJK, Veld.TEKST, InitiatiefVariabelen.BUURT, Veld.TEKST,
            InitiatiefVariabelen.INITIATIEFNEMER, Veld.TEKST, InitiatiefVariabelen.CONTACT_EMAIL, Veld.TEKST,
            InitiatiefVariabelen.CONTACT_TELEFOON, Veld.TEKST, InitiatiefVariabelen.HULP_GEVRAAGD, Veld.TEKSTEN,
            InitiatiefVariabelen.GEVRAAGD_BEDRAG, Veld.GETAL)),
    INFORMATIEVERZOEK("informatieverzoeken", "informatieverzoek", InformatieverzoekVariabelen.PROCES,
            AdviesVariabelen.REACTIE_DATUM, Map.of(
            AdviesVariabelen.WIJKPLATFORM, Veld.TEKST, AdviesVariabelen.WIJK, Veld.TEKST,
            AdviesVariabelen.ONDERWERP, Veld.TEKST, InformatieverzoekVariabelen.VRAAG, Veld.TEKST,
            AdviesVariabelen.CONTACT_EMAIL, Veld.TEKST, AdviesVariabelen.CONTACT_NAAM, Veld.TEKST));

    enum Veld { TEKST, TEKSTEN, GETAL }

    /** An advice may answer an accepted request for advice (issue 21): its number and the token of its link. */
    private static Map<String, Veld> metAanvraag(Map<String, Veld> velden) {
        Map<String, Veld> alle = new java.util.HashMap<>(velden);
        alle.put(AdviesaanvraagVariabelen.ADVIESAANVRAAG, Veld.TEKST);
        alle.put(AdviesaanvraagVariabelen.ADVIESAANVRAAG_SLEUTEL, Veld.TEKST);
        return Map.copyOf(alle);
    }

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

package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Weergave;

/**
 * Server-side rules for a wijkplatform's advice and information request, whatever the channel
 * (Tasklist start form, engine REST API, the public API): cleaned values or a Dutch message per refused
 * field. An official registers only for his own wijk ({@code wijkbureau-<wijk>}, else 403) and is
 * recorded as {@code geregistreerdDoor}; a public submission (no authenticated user) has none.
 */
@Component
class AdviesStartRegels {

    static final int MAX_ADVIESPUNTEN = 30;

    private final Organisatie organisatie;

    AdviesStartRegels(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    Map<String, Object> advies(Map<String, Object> invoer, Optional<Gebruiker> starter) {
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> uit = gedeeld(controle, invoer);
        // an answer to an accepted request for advice (issue 21) is gevraagd, with the request's question
        Map<String, Object> aanvraag = Adviesaanvraagkoppeling.gevraagd(controle, invoer);
        uit.put(SOORT, aanvraag.isEmpty() ? controle.keuze("Soort advies", invoer.get(SOORT), Set.of("gevraagd", "ongevraagd")) : "gevraagd");
        uit.putAll(aanvraag);
        List<String> adviespunten = adviespunten(controle, invoer.get(ADVIESPUNTEN));
        uit.put(ADVIESPUNTEN, adviespunten);
        uit.put(ADVIESPUNTEN_TEKST, adviespunten == null ? null : Weergave.genummerd(adviespunten));
        uit.put(BETROKKENEN, controle.verplichteTekst("Betrokkenen", invoer.get(BETROKKENEN), 2000));
        uit.put(DRAAGVLAK, controle.verplichteTekst("Draagvlak", invoer.get(DRAAGVLAK), 2000));
        controle.controleer("Het advies is niet geregistreerd.");
        return starter(uit, starter, "Het advies is niet geregistreerd.", "een advies");
    }

    Map<String, Object> informatieverzoek(Map<String, Object> invoer, Optional<Gebruiker> starter) {
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> uit = gedeeld(controle, invoer);
        uit.put(VRAAG, controle.verplichteTekst("Vraag", invoer.get(VRAAG), 4000));
        controle.controleer("Het informatieverzoek is niet geregistreerd.");
        return starter(uit, starter, "Het informatieverzoek is niet geregistreerd.", "een informatieverzoek");
    }

    private Map<String, Object> starter(Map<String, Object> uit, Optional<Gebruiker> starter, String inleiding, String wat) {
        String wijk = (String) uit.get(WIJK);
        starter.ifPresent(gebruiker -> gebruiker.eis(inleiding, "Wijk", "u kunt alleen " + wat
                + " registreren voor de wijk van uw wijkbureau; u hoort niet bij wijkbureau " + organisatie.wijkNaam(wijk),
                Groepen.wijkbureau(wijk)));
        uit.put(GEREGISTREERD_DOOR, starter.map(Gebruiker::id).orElse(null));
        return uit;
    }

    private Map<String, Object> gedeeld(Invoercontrole controle, Map<String, Object> invoer) {
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put(WIJKPLATFORM, controle.verplichteTekst("Wijkplatform", invoer.get(WIJKPLATFORM), 200));
        uit.put(WIJK, controle.wijk("Wijk", invoer.get(WIJK), organisatie));
        uit.put(ONDERWERP, controle.verplichteTekst("Onderwerp", invoer.get(ONDERWERP), 200));
        uit.put(CONTACT_EMAIL, controle.email("E-mailadres", invoer.get(CONTACT_EMAIL), true));
        uit.put(CONTACT_NAAM, controle.optioneleTekst("Naam contactpersoon", invoer.get(CONTACT_NAAM), 200));
        return uit;
    }

    private static List<String> adviespunten(Invoercontrole controle, Object waarde) {
        List<String> punten = teksten(waarde);
        if (punten.isEmpty()) {
            controle.fout("Adviespunten", "geef minstens één adviespunt");
        } else if (punten.size() > MAX_ADVIESPUNTEN) {
            controle.fout("Adviespunten", "maximaal " + MAX_ADVIESPUNTEN + " adviespunten (nu " + punten.size() + ")");
        }
        for (int i = 0; i < punten.size(); i++) {
            if (punten.get(i).isBlank()) {
                controle.fout("Adviespunt " + (i + 1), "de tekst ontbreekt");
            } else if (punten.get(i).length() > 4000) {
                controle.fout("Adviespunt " + (i + 1), "maximaal 4000 tekens");
            }
        }
        return punten;
    }

    /** Texts from a list, a JSON array (of texts or of objects with {@code tekst}), JSON text or one per line. */
    static List<String> teksten(Object waarde) {
        List<String> teksten = new ArrayList<>();
        if (waarde instanceof String tekst && tekst.trim().startsWith("[")) {
            return teksten(Spin.JSON(tekst));
        }
        if (waarde instanceof String tekst) {
            // the Tasklist start form: one adviespunt per line
            return tekst.lines().map(String::trim).filter(regel -> !regel.isEmpty()).toList();
        }
        if (waarde instanceof SpinJsonNode json && json.isArray()) {
            for (SpinJsonNode element : json.elements()) {
                teksten.add(element.isString() ? element.stringValue().trim()
                        : element.hasProp("tekst") && element.prop("tekst").isString() ? element.prop("tekst").stringValue().trim() : "");
            }
        } else if (waarde instanceof Collection<?> lijst) {
            for (Object element : lijst) {
                Object tekst = element instanceof Map<?, ?> map ? map.get("tekst") : element;
                teksten.add(tekst == null ? "" : tekst.toString().trim());
            }
        }
        return teksten;
    }
}

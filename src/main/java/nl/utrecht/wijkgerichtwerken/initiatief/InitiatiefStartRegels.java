package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Weergave;

/**
 * Server-side rules for a resident's initiative, whatever the channel (wijkbureau in Tasklist for
 * people at the desk or on the phone, engine REST API, later the public page): an e-mail address or a
 * phone number is enough, so nobody needs to be online (seed 004 §4.1). An official registers only for
 * his own wijk ({@code wijk-<wijk>} or {@code wijkbureau-<wijk>}, else 403) and is recorded as
 * {@code geregistreerdDoor}; a public submission (no authenticated user) has none.
 */
@Component
class InitiatiefStartRegels {

    private static final Pattern TELEFOON = Pattern.compile("^[0-9 +()-]{6,20}$");

    private final Organisatie organisatie;

    InitiatiefStartRegels(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    static final String INLEIDING = "Het initiatief is niet geregistreerd.";

    Map<String, Object> controleer(Map<String, Object> invoer, Optional<Gebruiker> starter) {
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put(TITEL, controle.verplichteTekst("Titel", invoer.get(TITEL), 200));
        uit.put(BESCHRIJVING, controle.verplichteTekst("Beschrijving", invoer.get(BESCHRIJVING), 8000));
        uit.put(WIJK, controle.wijk("Wijk", invoer.get(WIJK), organisatie));
        uit.put(BUURT, controle.optioneleTekst("Buurt", invoer.get(BUURT), 200));
        uit.put(INITIATIEFNEMER, controle.verplichteTekst("Initiatiefnemer", invoer.get(INITIATIEFNEMER), 200));
        String email = controle.email("E-mailadres", invoer.get(CONTACT_EMAIL), false);
        String telefoon = controle.optioneleTekst("Telefoonnummer", invoer.get(CONTACT_TELEFOON), 30);
        if (telefoon != null && !TELEFOON.matcher(telefoon).matches()) {
            controle.fout("Telefoonnummer", "'" + telefoon + "' is geen geldig telefoonnummer");
        }
        if (email == null && telefoon == null && !controle.heeftFouten()) {
            controle.fout("Contact", "geef een e-mailadres of een telefoonnummer, zodat de contactpersoon contact kan opnemen");
        }
        uit.put(CONTACT_EMAIL, email);
        uit.put(CONTACT_TELEFOON, telefoon);
        uit.put(KANAAL, controle.keuze("Kanaal", invoer.get(KANAAL), KANALEN));
        List<String> hulp = new ArrayList<>(new LinkedHashSet<>(lijst(invoer.get(HULP_GEVRAAGD))));
        hulp.stream().filter(h -> !HULP.contains(h))
                .forEach(h -> controle.fout("Gevraagde hulp", "'" + h + "' is geen soort hulp (" + String.join(", ", HULP.stream().sorted().toList()) + ")"));
        uit.put(HULP_GEVRAAGD, hulp);
        uit.put(HULP_GEVRAAGD_TEKST, Weergave.opsomming(hulp, "geen"));
        Double bedrag = bedrag(controle, invoer.get(GEVRAAGD_BEDRAG), hulp.contains("geld"));
        uit.put(GEVRAAGD_BEDRAG, bedrag);
        uit.put(GEVRAAGD_BEDRAG_TEKST, bedrag == null || bedrag == 0 ? "geen" : Weergave.euro(bedrag));
        controle.controleer(INLEIDING);
        String wijk = (String) uit.get(WIJK);
        starter.ifPresent(gebruiker -> gebruiker.eis(INLEIDING, "Wijk", "u kunt alleen een initiatief registreren voor uw eigen wijk; u hoort niet bij wijk "
                + organisatie.wijkNaam(wijk), Groepen.wijk(wijk), Groepen.wijkbureau(wijk)));
        uit.put(GEREGISTREERD_DOOR, starter.map(Gebruiker::id).orElse(null));
        return uit;
    }

    private static Double bedrag(Invoercontrole controle, Object waarde, boolean geldGevraagd) {
        if (waarde == null || waarde.toString().isBlank()) {
            if (geldGevraagd) {
                controle.fout("Gevraagd bedrag", "vul het gevraagde bedrag in euro's in");
            }
            return geldGevraagd ? null : 0.0;
        }
        try {
            BigDecimal bedrag = new BigDecimal(waarde.toString().trim().replace(',', '.'));
            if (bedrag.signum() < 0) {
                controle.fout("Gevraagd bedrag", "een bedrag kan niet negatief zijn");
            } else if (bedrag.compareTo(new BigDecimal("1000000")) > 0) {
                controle.fout("Gevraagd bedrag", "maximaal € 1.000.000");
            }
            return bedrag.doubleValue();
        } catch (NumberFormatException e) {
            controle.fout("Gevraagd bedrag", "'" + waarde + "' is geen bedrag");
            return null;
        }
    }

    /** A list from a collection, a JSON array or a comma-separated text. */
    static List<String> lijst(Object waarde) {
        return Invoercontrole.lijst(waarde);
    }
}

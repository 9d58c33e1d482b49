package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * Server-side rules for a request for advice, whatever the channel (Tasklist start form, engine REST): cleaned values
 * or a Dutch message per refused field. A dienst asks through its own officials only ({@code vakafdeling-<dienst>} or
 * {@code dienstdirecteur-<dienst>}), the wijkbureau for its own wijk only ({@code wijkbureau-<wijk>}), else 403. The
 * platform's address is the configured one when the wijk has one ({@link Wijkplatforms}; another address is refused),
 * else the one given, in the strict form of notificatie/Emailadres. The wanted date lies at least
 * {@value #MIN_WERKDAGEN} werkdagen ahead, so the platform has time to decide.
 */
@Component
class AdviesaanvraagStartRegels {

    static final int MIN_WERKDAGEN = 5;
    static final String INLEIDING = "De adviesaanvraag is niet verstuurd.";

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private final Organisatie organisatie;
    private final Wijkplatforms wijkplatforms;
    private final Werkdagen werkdagen;

    AdviesaanvraagStartRegels(Organisatie organisatie, Wijkplatforms wijkplatforms, Werkdagen werkdagen) {
        this.organisatie = organisatie;
        this.wijkplatforms = wijkplatforms;
        this.werkdagen = werkdagen;
    }

    Map<String, Object> aanvraag(Map<String, Object> invoer, Optional<Gebruiker> starter) {
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> uit = new LinkedHashMap<>();
        String wijk = controle.wijk("Wijk", invoer.get(WIJK), organisatie);
        uit.put(WIJK, wijk);
        Object dienst = invoer.get(DIENST);
        uit.put(DIENST, dienst == null || dienst.toString().isBlank() ? null : controle.dienst("Dienst", dienst, organisatie));
        platform(controle, wijk, invoer, uit);
        String vraag = controle.verplichteTekst("Vraag", invoer.get(VRAAG), 4000);
        uit.put(VRAAG, vraag);
        uit.put(ONDERWERP, vraag == null ? null : onderwerp(vraag));
        uit.put(ACHTERGROND, controle.optioneleTekst("Achtergrond", invoer.get(ACHTERGROND), 4000));
        uit.put(WAT_GEBEURT_ERMEE, controle.verplichteTekst("Wat gebeurt er met het advies", invoer.get(WAT_GEBEURT_ERMEE), 2000));
        LocalDate gewenst = gewenstVoor(controle, invoer.get(GEWENST_VOOR));
        uit.put(GEWENST_VOOR, gewenst == null ? null : Date.from(gewenst.atTime(LocalTime.of(17, 0)).atZone(AMSTERDAM).toInstant()));
        uit.put(GEWENST_VOOR_TEKST, gewenst == null ? null : LANG.format(gewenst));
        controle.controleer(INLEIDING);
        starter.ifPresent(gebruiker -> eisBevoegd(gebruiker, wijk, (String) uit.get(DIENST)));
        uit.put(AANGEVRAAGD_DOOR, starter.map(Gebruiker::id).orElse(null));
        return uit;
    }

    private void eisBevoegd(Gebruiker gebruiker, String wijk, String dienst) {
        if (dienst != null) {
            gebruiker.eis(INLEIDING, "Dienst", "u kunt alleen advies vragen namens uw eigen dienst; u hoort niet bij "
                    + organisatie.dienstNaam(dienst), Groepen.vakafdeling(dienst), Groepen.dienstdirecteur(dienst));
        } else {
            gebruiker.eis(INLEIDING, "Wijk", "zonder dienst vraagt het wijkbureau advies, en u hoort niet bij wijkbureau "
                    + organisatie.wijkNaam(wijk) + "; kies de dienst namens wie u het vraagt", Groepen.wijkbureau(wijk));
        }
    }

    private void platform(Invoercontrole controle, String wijk, Map<String, Object> invoer, Map<String, Object> uit) {
        Optional<Wijkplatforms.Wijkplatform> bekend = wijkplatforms.van(wijk);
        if (bekend.isPresent()) {
            Object opgegeven = invoer.get(PLATFORM_EMAIL);
            if (opgegeven != null && !opgegeven.toString().isBlank()
                    && !opgegeven.toString().trim().equalsIgnoreCase(bekend.get().email())) {
                controle.fout("E-mailadres wijkplatform", "het adres van dit wijkplatform is bekend bij de gemeente; "
                        + "laat dit veld leeg");
            }
            uit.put(WIJKPLATFORM, bekend.get().naam() != null ? bekend.get().naam()
                    : "Wijkplatform " + organisatie.wijkNaam(wijk));
            uit.put(PLATFORM_EMAIL, bekend.get().email());
        } else {
            uit.put(WIJKPLATFORM, controle.verplichteTekst("Wijkplatform", invoer.get(WIJKPLATFORM), 200));
            uit.put(PLATFORM_EMAIL, controle.email("E-mailadres wijkplatform", invoer.get(PLATFORM_EMAIL), true));
        }
    }

    private LocalDate gewenstVoor(Invoercontrole controle, Object waarde) {
        LocalDate datum;
        try {
            datum = waarde instanceof Date moment ? moment.toInstant().atZone(AMSTERDAM).toLocalDate()
                    : waarde == null || waarde.toString().isBlank() ? null : LocalDate.parse(waarde.toString().trim().substring(0,
                            Math.min(10, waarde.toString().trim().length())));
        } catch (DateTimeParseException e) {
            controle.fout("Gewenst voor", "geef een datum zoals 2027-01-31");
            return null;
        }
        if (datum == null) {
            controle.fout("Gewenst voor", "dit veld is verplicht");
            return null;
        }
        LocalDate vroegst = werkdagen.plusWerkdagen(werkdagen.vandaag(), MIN_WERKDAGEN);
        if (datum.isBefore(vroegst)) {
            controle.fout("Gewenst voor", "minstens " + MIN_WERKDAGEN + " werkdagen na vandaag, dus op of na "
                    + LANG.format(vroegst) + ": het wijkplatform moet tijd hebben om te beslissen");
            return null;
        }
        if (datum.isAfter(werkdagen.vandaag().plusYears(1))) {
            controle.fout("Gewenst voor", "uiterlijk een jaar na vandaag");
            return null;
        }
        return datum;
    }

    private static String onderwerp(String vraag) {
        String regel = vraag.lines().findFirst().orElse(vraag).trim();
        return regel.length() <= 120 ? regel : regel.substring(0, 117) + "…";
    }
}

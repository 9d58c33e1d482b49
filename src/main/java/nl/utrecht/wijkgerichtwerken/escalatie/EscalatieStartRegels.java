package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The server-side rules for starting an escalation, whatever the channel (Tasklist start form or
 * engine REST API). Returns the cleaned start variables or refuses with a Dutch message per field.
 * The wijkregisseur is the authenticated starter, who must belong to the wijk ({@code wijk-<wijk>},
 * else 403); only a start by the system (a stalled initiative's check-in) names the wijkregisseur and
 * the initiative it comes from.
 */
@Component
class EscalatieStartRegels {

    static final Set<String> URGENTIES = Set.of("normaal", "hoog", "acuut");
    static final Set<String> START_NIVEAUS = Set.of(Niveau.WIJK.code(), Niveau.DIENSTDIRECTEUR.code(),
            Niveau.WIJKGARAGE.code(), Niveau.ALGEMEEN_DIRECTEUR.code(), Niveau.BESTUURLIJK.code());

    private final Organisatie organisatie;

    EscalatieStartRegels(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    static final String INLEIDING = "De escalatie is niet gestart.";

    Map<String, Object> controleer(Map<String, Object> invoer, Optional<Gebruiker> starter) {
        Invoercontrole controle = new Invoercontrole();
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put(TITEL, controle.verplichteTekst("Titel", invoer.get(TITEL), 200));
        uit.put(WIJK, controle.wijk("Wijk", invoer.get(WIJK), organisatie));
        List<String> diensten = diensten(controle, invoer.get(DIENSTEN));
        uit.put(DIENSTEN, diensten);
        // the same as plain text (",so,sw,") for SQL over the history: the dashboard's escalations per dienst
        uit.put(DIENSTEN_TEKST, "," + String.join(",", diensten) + ",");
        uit.put(KNELPUNT, controle.verplichteTekst("Knelpunt", invoer.get(KNELPUNT), 4000));
        uit.put(GEWENSTE_UITKOMST, controle.optioneleTekst("Gewenste uitkomst", invoer.get(GEWENSTE_UITKOMST), 2000));
        uit.put(URGENTIE, controle.keuze("Urgentie", standaard(invoer.get(URGENTIE), "normaal"), URGENTIES));
        String startNiveau = controle.keuze("Beginnen bij", standaard(invoer.get(START_NIVEAU), Niveau.WIJK.code()), START_NIVEAUS);
        uit.put(START_NIVEAU, startNiveau);
        String reden = controle.optioneleTekst("Reden om niveaus over te slaan", invoer.get(REDEN_OVERSLAAN), 2000);
        if (startNiveau != null && !Niveau.WIJK.code().equals(startNiveau) && reden == null) {
            controle.fout("Reden om niveaus over te slaan",
                    "verplicht als de escalatie niet in de wijk begint: leg uit waarom u niveaus overslaat");
        }
        uit.put(REDEN_OVERSLAAN, reden);
        boolean bestuurlijk = Niveau.BESTUURLIJK.code().equals(startNiveau);
        uit.put(BESTUURLIJKE_ROUTE, bestuurlijk ? BestuurlijkeRoute.controleer(controle, invoer.get(BESTUURLIJKE_ROUTE), diensten) : null);
        uit.put(REDEN_BESTUURLIJK, bestuurlijk ? reden : null);
        BetrokkenPartijen.Partijen partijen = BetrokkenPartijen.controleer(controle, invoer.get(BETROKKEN_PARTIJEN));
        uit.put(BETROKKEN_PARTIJEN, partijen.tekst());
        uit.put(AUTOMATISCH_ESCALEREN, jaNee(controle, "Automatisch escaleren", invoer.get(AUTOMATISCH_ESCALEREN)));
        if (starter.isPresent()) {
            uit.put(WIJKREGISSEUR, starter.get().id());
        } else {
            uit.put(WIJKREGISSEUR, controle.verplichteTekst("Wijkregisseur", invoer.get(WIJKREGISSEUR), 100));
            uit.put(INITIATIEF, controle.optioneleTekst("Initiatief", invoer.get(INITIATIEF), 30));
        }
        controle.controleer(INLEIDING);
        String wijk = (String) uit.get(WIJK);
        starter.ifPresent(gebruiker -> gebruiker.eis(INLEIDING, "Wijk", "u kunt alleen een escalatie starten voor uw eigen wijk; u hoort niet bij wijk "
                + organisatie.wijkNaam(wijk), Groepen.wijk(wijk)));
        return uit;
    }

    private List<String> diensten(Invoercontrole controle, Object waarde) {
        List<String> diensten = new ArrayList<>(new LinkedHashSet<>(alsLijst(waarde)));
        if (diensten.isEmpty()) {
            controle.fout("Betrokken diensten", "kies minstens één betrokken dienst");
        }
        for (String dienst : diensten) {
            if (!organisatie.isDienst(dienst)) {
                controle.fout("Betrokken diensten", "'" + dienst + "' is geen bekende dienst");
            }
        }
        return diensten;
    }

    /** Accepts a list, a Spin JSON array, a JSON array text or a comma-separated text. */
    static List<String> alsLijst(Object waarde) {
        return Invoercontrole.lijst(waarde);
    }

    /** A Boolean, or its text {@code true}/{@code false}; empty means no (the wijkregisseur doses the pressure himself). */
    private static boolean jaNee(Invoercontrole controle, String veld, Object waarde) {
        if (waarde == null || waarde instanceof Boolean || waarde.toString().isBlank()) {
            return Boolean.TRUE.equals(waarde);
        }
        String tekst = waarde.toString().strip();
        if (!tekst.equals("true") && !tekst.equals("false")) {
            controle.fout(veld, "kies ja of nee");
        }
        return tekst.equals("true");
    }

    private static Object standaard(Object waarde, String standaard) {
        return waarde == null || waarde.toString().isBlank() ? standaard : waarde;
    }
}

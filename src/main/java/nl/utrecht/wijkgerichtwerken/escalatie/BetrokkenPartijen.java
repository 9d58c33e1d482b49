package nl.utrecht.wijkgerichtwerken.escalatie;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * Betrokken partijen outside the municipality (seed 004: "alle betrokken partijen rond een onderwerp (van binnen en
 * buiten de gemeente)"), one per line as {@code naam | organisatie | e-mail}; the e-mail is optional and, when given,
 * exactly one address in the strict form used for every outsider. Those with an address are told of the start and the
 * outcome, each in a mail of his own.
 */
final class BetrokkenPartijen {

    static final String VELD = "Betrokken partijen";
    static final int MAXIMUM = 20;

    record Partijen(String tekst, List<String> adressen) {
    }

    private BetrokkenPartijen() {
    }

    /** The addresses in a text these rules wrote ({@link Partijen#tekst()}), each once, in order. */
    static List<String> adressen(Object tekst) {
        if (!(tekst instanceof String regels)) {
            return List.of();
        }
        return regels.lines().map(regel -> regel.split("\\|", -1)).filter(delen -> delen.length == 3)
                .map(delen -> delen[2].strip()).filter(adres -> !adres.isEmpty()).distinct().toList();
    }

    static Partijen controleer(Invoercontrole controle, Object waarde) {
        String invoer = controle.optioneleTekst(VELD, waarde, 10_000);
        List<String> regels = new ArrayList<>();
        LinkedHashSet<String> adressen = new LinkedHashSet<>();
        if (invoer == null) {
            return new Partijen(null, List.of());
        }
        List<String> lijnen = invoer.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lijnen.size() > MAXIMUM) {
            controle.fout(VELD, "hoogstens " + MAXIMUM + " partijen (nu " + lijnen.size() + ")");
            return new Partijen(null, List.of());
        }
        for (int i = 0; i < lijnen.size(); i++) {
            String veld = VELD + " (regel " + (i + 1) + ")";
            String[] delen = lijnen.get(i).split("\\|", -1);
            if (delen.length < 2 || delen.length > 3) {
                controle.fout(veld, "schrijf naam | organisatie | e-mail (het e-mailadres mag ontbreken)");
                continue;
            }
            String naam = controle.verplichteTekst(veld + ", naam", delen[0], 200);
            String organisatie = controle.verplichteTekst(veld + ", organisatie", delen[1], 200);
            String email = delen.length == 3 ? controle.email(veld + ", e-mail", delen[2].strip(), false) : null;
            if (email != null) {
                adressen.add(email);
            }
            regels.add(naam + " | " + organisatie + (email == null ? "" : " | " + email));
        }
        return new Partijen(regels.isEmpty() ? null : String.join("\n", regels), new ArrayList<>(adressen));
    }
}

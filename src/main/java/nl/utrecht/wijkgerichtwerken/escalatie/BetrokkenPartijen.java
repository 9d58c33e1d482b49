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
            Partij partij = partij(controle, new Veldnamen(veld + ", naam", veld + ", organisatie", veld + ", e-mail"),
                    delen[0], delen[1], delen.length == 3 ? delen[2].strip() : null);
            if (partij.email() != null) {
                adressen.add(partij.email());
            }
            regels.add(partij.regel());
        }
        return new Partijen(regels.isEmpty() ? null : String.join("\n", regels), new ArrayList<>(adressen));
    }

    /** How a caller names the three fields in its refusals. */
    record Veldnamen(String naam, String organisatie, String email) {
    }

    /** One party, checked: its line ({@code naam | organisatie | e-mail}) and its address (or null). */
    record Partij(String regel, String email) {
    }

    /**
     * One party with the checks of the start form: a name and an organisation of at most 200 characters, an optional
     * single strict address. Neither may hold a {@code |} or a line break, which would change the recorded list.
     */
    static Partij partij(Invoercontrole controle, Veldnamen velden, Object naamWaarde, Object organisatieWaarde, Object emailWaarde) {
        String naam = enkeleRegel(controle, velden.naam(), controle.verplichteTekst(velden.naam(), naamWaarde, 200));
        String organisatie = enkeleRegel(controle, velden.organisatie(),
                controle.verplichteTekst(velden.organisatie(), organisatieWaarde, 200));
        String email = controle.email(velden.email(), emailWaarde, false);
        return new Partij(naam + " | " + organisatie + (email == null ? "" : " | " + email), email);
    }

    /** The text as it is, or a refusal when it holds the separator or a line break. */
    private static String enkeleRegel(Invoercontrole controle, String veld, String tekst) {
        if (tekst != null && (tekst.contains("|") || tekst.contains("\n") || tekst.contains("\r"))) {
            controle.fout(veld, "mag geen | en geen regeleinde bevatten");
            return null;
        }
        return tekst;
    }

    /** The recorded list with one more party; refused when the list is full or the address is already on it. */
    static String metPartij(Invoercontrole controle, Object tekst, Partij partij, String emailVeld) {
        List<String> regels = tekst instanceof String bestaand ? bestaand.lines().filter(l -> !l.isBlank()).toList() : List.of();
        if (regels.size() >= MAXIMUM) {
            controle.fout(VELD, "er staan al " + MAXIMUM + " partijen bij deze escalatie; meer kan niet");
        }
        if (partij.email() != null && adressen(tekst).contains(partij.email())) {
            controle.fout(emailVeld, "'" + partij.email() + "' staat al bij de betrokken partijen");
        }
        List<String> nieuw = new ArrayList<>(regels);
        nieuw.add(partij.regel());
        return String.join("\n", nieuw);
    }
}

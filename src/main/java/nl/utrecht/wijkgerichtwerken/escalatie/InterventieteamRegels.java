package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The interventieteam of seed 004 ("De wijkregisseur bepaalt wie hij nodig heeft om het probleem op te lossen en stelt
 * een tijdelijk team samen dat tot doel heeft in heel korte tijd (bv één week) te komen tot oplossing"): which configured
 * diensten, what they are asked, and in how many werkdagen; each dienst's contribution; and the wijkregisseur's outcome.
 */
@Component
class InterventieteamRegels {

    record Team(List<String> diensten, String opdracht, int termijn) {
    }

    record Uitkomst(String keuze, String toelichting, String afspraken) {
    }

    static final Set<String> VELDEN = Set.of("diensten", "opdracht", "termijn");
    static final int STANDAARD_TERMIJN = 5;
    static final int MAXIMALE_TERMIJN = 20;
    static final int MAXIMALE_TEKST = 4000;
    static final String NIET_OPGESLAGEN = "De uitkomst van het interventieteam is niet opgeslagen.";
    private static final Set<String> KEUZES = Set.of(TEAM_OPGELOST, TEAM_NIET_OPGELOST, TEAM_ESCALEREN);

    private final Organisatie organisatie;

    InterventieteamRegels(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    /** The request of {@code POST …/interventieteam}, each refusal naming its field; the errors are thrown by the caller. */
    Team team(Invoercontrole controle, Map<String, Object> velden) {
        List<String> diensten = diensten(controle, velden.get("diensten"));
        String opdracht = controle.verplichteTekst("opdracht", velden.get("opdracht"), MAXIMALE_TEKST);
        int termijn = STANDAARD_TERMIJN;
        Object waarde = velden.get("termijn");
        if (waarde instanceof Integer getal && getal >= 1 && getal <= MAXIMALE_TERMIJN) {
            termijn = getal;
        } else if (waarde != null) {
            controle.fout("termijn", "een geheel aantal werkdagen van 1 tot en met " + MAXIMALE_TERMIJN
                    + " (zonder termijn: " + STANDAARD_TERMIJN + ")");
        }
        return new Team(diensten, opdracht, termijn);
    }

    /** A dienst's contribution: required, at most {@value #MAXIMALE_TEKST} characters. */
    String bijdrage(Object waarde) {
        Invoercontrole controle = new Invoercontrole();
        String bijdrage = controle.verplichteTekst("Bijdrage", waarde, MAXIMALE_TEKST);
        controle.controleer("Uw bijdrage is niet opgeslagen.");
        return bijdrage;
    }

    /** The outcome; escalating is impossible from the bestuur, the top of the ladder; solved needs afspraken. */
    Uitkomst uitkomst(Function<String, Object> variabele, boolean bijHetBestuur) {
        Invoercontrole controle = new Invoercontrole();
        String keuze = controle.keuze("Uitkomst", variabele.apply(UITKOMST_INTERVENTIETEAM), KEUZES);
        String toelichting = controle.verplichteTekst("Toelichting", variabele.apply(TOELICHTING), MAXIMALE_TEKST);
        String afspraken = null;
        if (TEAM_OPGELOST.equals(keuze)) {
            afspraken = controle.verplichteTekst("Afspraken", variabele.apply(AFSPRAKEN), MAXIMALE_TEKST);
        } else if (TEAM_ESCALEREN.equals(keuze) && bijHetBestuur) {
            controle.fout("Uitkomst", "de escalatie ligt al bij het bestuur, hoger kan niet; kies opgelost of niet opgelost");
        }
        controle.controleer(NIET_OPGESLAGEN);
        return new Uitkomst(keuze, toelichting, afspraken);
    }

    private List<String> diensten(Invoercontrole controle, Object waarde) {
        List<String> diensten = new ArrayList<>();
        if (!(waarde instanceof Collection<?> lijst) || lijst.isEmpty()) {
            controle.fout("diensten", "kies een of meer diensten als lijst, bijvoorbeeld [\"so\", \"sw\"]");
            return diensten;
        }
        if (lijst.size() > organisatie.diensten().size()) {
            controle.fout("diensten", "hoogstens " + organisatie.diensten().size() + " diensten (nu " + lijst.size() + ")");
            return diensten;
        }
        for (Object element : lijst) {
            if (!(element instanceof String)) {
                controle.fout("diensten", "elke dienst is een tekst zoals \"so\"");
                continue;
            }
            String dienst = controle.dienst("diensten", element, organisatie);
            if (dienst != null && organisatie.isDienst(dienst) && !diensten.contains(dienst)) {
                diensten.add(dienst);
            }
        }
        return diensten;
    }
}

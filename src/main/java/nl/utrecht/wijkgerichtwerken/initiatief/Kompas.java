package nl.utrecht.wijkgerichtwerken.initiatief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The Kompas voor zeggenschap as the flowchart of seed 001 walks it: each answer leads to the next question or to a
 * samenwerkingsvorm. The form asks exactly the questions on the path (its conditions follow this tree) and each must
 * be answered ja or nee: no silent default. Which form comes out is decided by the decision table
 * {@code kompas-voor-zeggenschap.dmn}; the tests hold the two against each other.
 */
final class Kompas {

    /** A question, its label in the form, and where ja and nee lead: another question's key or a form's code. */
    record Vraag(String sleutel, String label, String ja, String nee) {
    }

    static final List<Vraag> VRAGEN = List.of(
            new Vraag("besluitGemeenteNodig", "Is er in deze fase een besluit van de gemeente nodig?",
                    "verderOnderzoeken", "eigenaarschapMogelijk"),
            new Vraag("eigenaarschapMogelijk", "Kunnen en willen Utrechters eigenaarschap krijgen voor deze vraag of kwestie?",
                    "allesOverlaten", "verderOnderzoeken"),
            new Vraag("allesOverlaten", "Kun en mag je binnen de vastgestelde kaders alles inhoudelijk aan de Utrechter overlaten?",
                    "ondersteuningNodigEnGeld", "gemeenteDeelEigenaarschap"),
            new Vraag("ondersteuningNodigEnGeld", "Hebben Utrechters ondersteuning (subsidie of faciliteiten) nodig en is daar geld voor te vinden?",
                    "overheidsmiddelen", "utrechter-aan-zet"),
            new Vraag("gemeenteDeelEigenaarschap", "Is het nodig dat de gemeente een deel van het eigenaarschap op zich neemt?",
                    "samen-aan-zet", "eigenaarschapLatenGroeien"),
            new Vraag("eigenaarschapLatenGroeien", "Is het mogelijk om met inzet van de gemeente het eigenaarschap te laten groeien, en is daar tijd en geld voor?",
                    "overheidsparticipatie", "verderOnderzoeken"),
            new Vraag("verderOnderzoeken", "Willen we de vraag verder onderzoeken met Utrechters, en is daar wettelijke ruimte, tijd en geld voor?",
                    "eerstVerhelderen", "gemeente-aan-zet"),
            new Vraag("eerstVerhelderen", "Is het nodig het vraagstuk eerst te verhelderen?",
                    "peilen", "bestuurlijkeRuimte"),
            new Vraag("bestuurlijkeRuimte", "Is er bestuurlijke ruimte om bestaand beleid voor deze vraag of op deze locatie ter discussie te stellen?",
                    "representatieveGroep", "peilen"),
            new Vraag("representatieveGroep", "Is er een representatieve groep eindgebruikers om het plan of de uitvoering mee te maken, en tijd en geld voor een goed proces?",
                    "burgerparticipatie", "peilen"));

    private Kompas() {
    }

    static Vraag vraag(String sleutel) {
        return VRAGEN.stream().filter(v -> v.sleutel().equals(sleutel)).findFirst().orElse(null);
    }

    /**
     * The answers along the path as booleans for the decision table; questions off the path are {@code null}, whatever
     * was sent for them. A question on the path without ja or nee is refused, naming it.
     */
    static Map<String, Boolean> antwoorden(Invoercontrole controle, Function<String, Object> gegeven) {
        Map<String, Boolean> antwoorden = new LinkedHashMap<>();
        VRAGEN.forEach(v -> antwoorden.put(v.sleutel(), null));
        Vraag vraag = VRAGEN.get(0);
        while (vraag != null) {
            Boolean antwoord = jaOfNee(gegeven.apply(vraag.sleutel()));
            if (antwoord == null) {
                controle.fout(vraag.label(), "beantwoord deze vraag van het Kompas met ja of nee");
                return antwoorden;
            }
            antwoorden.put(vraag.sleutel(), antwoord);
            vraag = vraag(antwoord ? vraag.ja() : vraag.nee());
        }
        return antwoorden;
    }

    /** The samenwerkingsvorm at the end of the path of these answers (the flowchart's own outcome). */
    static String uitkomst(Map<String, Boolean> antwoorden) {
        Vraag vraag = VRAGEN.get(0);
        String volgende = null;
        while (vraag != null) {
            volgende = Boolean.TRUE.equals(antwoorden.get(vraag.sleutel())) ? vraag.ja() : vraag.nee();
            vraag = vraag(volgende);
        }
        return volgende;
    }

    private static Boolean jaOfNee(Object waarde) {
        if (waarde instanceof Boolean b) {
            return b;
        }
        String tekst = waarde == null ? "" : waarde.toString().trim();
        return switch (tekst) {
            case "ja", "true" -> Boolean.TRUE;
            case "nee", "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}

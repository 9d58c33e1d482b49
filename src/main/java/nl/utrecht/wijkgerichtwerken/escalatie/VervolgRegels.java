package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The wijkregisseur's choice when a rung's term passed (seed 004: "Het goed doseren daarvan is één van de
 * belangrijkste competenties van de wijkregisseur"): escalate now, give the rung until a later werkdag, or withdraw;
 * each with a toelichting. A new term is a werkdag after today and within a year.
 */
@Component
class VervolgRegels {

    record Vervolg(String keuze, String toelichting, LocalDate nieuweTermijn) {
    }

    static final String NIET_OPGESLAGEN = "Uw keuze is niet opgeslagen.";
    private static final Set<String> KEUZES = Set.of(VERVOLG_ESCALEREN, VERVOLG_VERLENGEN, VERVOLG_INTREKKEN);

    private final EscalatieTermijnen termijnen;

    VervolgRegels(EscalatieTermijnen termijnen) {
        this.termijnen = termijnen;
    }

    Vervolg controleer(Function<String, Object> variabele) {
        Invoercontrole controle = new Invoercontrole();
        String keuze = controle.keuze("Vervolg", variabele.apply(VERVOLG), KEUZES);
        String toelichting = controle.verplichteTekst("Toelichting", variabele.apply(TOELICHTING_VERVOLG), 4000);
        LocalDate nieuweTermijn = null;
        if (VERVOLG_VERLENGEN.equals(keuze)) {
            nieuweTermijn = Datuminvoer.lees(controle, "Nieuwe termijn", variabele.apply(NIEUWE_TERMIJN));
            LocalDate vandaag = termijnen.vandaag();
            if (nieuweTermijn == null && !controle.heeftFouten()) {
                controle.fout("Nieuwe termijn", "kies de werkdag waarop het niveau uiterlijk besluit");
            } else if (nieuweTermijn != null && !nieuweTermijn.isAfter(vandaag)) {
                controle.fout("Nieuwe termijn", "kies een werkdag na vandaag");
            } else if (nieuweTermijn != null && nieuweTermijn.isAfter(vandaag.plusYears(1))) {
                controle.fout("Nieuwe termijn", "kies een werkdag binnen een jaar");
            } else if (nieuweTermijn != null && !termijnen.isWerkdag(nieuweTermijn)) {
                controle.fout("Nieuwe termijn", nieuweTermijn + " is geen werkdag (weekend of feestdag)");
            }
        }
        controle.controleer(NIET_OPGESLAGEN);
        return new Vervolg(keuze, toelichting, nieuweTermijn);
    }
}

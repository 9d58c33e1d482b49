package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen.*;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * The wijkregisseur's choice after the Kompas: its outcome, or another samenwerkingsvorm with the reason (seed 001: the
 * outcome "betekent niet dat dit de enige samenwerkingsvorm is die geschikt is"). The outcome itself comes from the
 * decision table after the task; {@link #vastleggen} then records the form that holds and its name for people.
 */
record Vormkeuze(String keuze, String andere, String toelichting) {

    static Vormkeuze lees(Invoercontrole controle, Function<String, Object> gegeven) {
        String keuze = controle.keuze("Welke samenwerkingsvorm kiest u", gegeven.apply(SAMENWERKINGSVORM_KEUZE), Set.of("kompas", "andere"));
        if (!"andere".equals(keuze)) {
            return new Vormkeuze(keuze, null, null);
        }
        String andere = controle.keuze("Andere samenwerkingsvorm", gegeven.apply(ANDERE_SAMENWERKINGSVORM),
                Set.copyOf(Arrays.stream(Samenwerkingsvorm.values()).map(Samenwerkingsvorm::code).toList()));
        String toelichting = controle.verplichteTekst("Waarom past deze samenwerkingsvorm beter", gegeven.apply(SAMENWERKINGSVORM_TOELICHTING), 2000);
        return new Vormkeuze(keuze, andere, toelichting);
    }

    void schrijf(VariableScope zaak) {
        zaak.setVariable(SAMENWERKINGSVORM_KEUZE, keuze);
        zaak.setVariable(ANDERE_SAMENWERKINGSVORM, andere);
        zaak.setVariable(SAMENWERKINGSVORM_TOELICHTING, toelichting);
    }

    /** After the decision table: the form that holds (the choice, else the outcome), with its name and meaning. */
    static void vastleggen(VariableScope zaak) {
        Object uitkomst = zaak.getVariable(KOMPAS_UITKOMST);
        Object gekozen = "andere".equals(zaak.getVariable(SAMENWERKINGSVORM_KEUZE)) ? zaak.getVariable(ANDERE_SAMENWERKINGSVORM) : uitkomst;
        Samenwerkingsvorm vorm = Samenwerkingsvorm.van(gekozen).orElse(Samenwerkingsvorm.van(uitkomst).orElseThrow());
        zaak.setVariable(SAMENWERKINGSVORM, vorm.code());
        zaak.setVariable(SAMENWERKINGSVORM_NAAM, vorm.naam());
        zaak.setVariable(SAMENWERKINGSVORM_BETEKENIS, vorm.betekenis());
        zaak.setVariable(KOMPAS_UITKOMST_NAAM, Samenwerkingsvorm.van(uitkomst).map(Samenwerkingsvorm::naam).orElse(null));
    }
}

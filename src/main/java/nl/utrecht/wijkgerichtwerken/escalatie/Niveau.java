package nl.utrecht.wijkgerichtwerken.escalatie;

import java.util.Arrays;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The rungs of the escalation ladder (DESIGN §5.1), in order. */
enum Niveau {
    WIJK("wijk", "de wijk", EscalatieVariabelen.TAAK_OPLOSSEN_IN_WIJK),
    DIENSTDIRECTEUR("dienstdirecteur", "de dienstdirecteur(en)", EscalatieVariabelen.TAAK_DIENSTDIRECTEUR),
    WIJKGARAGE("wijkgarage", "de wijkgarage", EscalatieVariabelen.TAAK_WIJKGARAGE),
    ALGEMEEN_DIRECTEUR("algemeen-directeur", "de algemeen directeur", EscalatieVariabelen.TAAK_ALGEMEEN_DIRECTEUR),
    BESTUURLIJK("bestuurlijk", "het bestuur (vakwethouder)", EscalatieVariabelen.TAAK_BESTUURLIJK);

    private final String code;
    private final String omschrijving;
    private final String taak;

    Niveau(String code, String omschrijving, String taak) {
        this.code = code;
        this.omschrijving = omschrijving;
        this.taak = taak;
    }

    /** The user task of this rung in bpmn/escalatie.bpmn. */
    String taak() {
        return taak;
    }

    String code() {
        return code;
    }

    String omschrijving() {
        return omschrijving;
    }

    /** Makes this the current rung of the case: {@code niveau} and its Dutch description. */
    void zetOp(VariableScope zaak) {
        zaak.setVariable(EscalatieVariabelen.NIVEAU, code);
        zaak.setVariable(EscalatieVariabelen.NIVEAU_OMSCHRIJVING, omschrijving);
    }

    /** The next rung up; the top rung stays where it is. */
    Niveau volgende() {
        return this == BESTUURLIJK ? BESTUURLIJK : values()[ordinal() + 1];
    }

    static Optional<Niveau> vanTaak(String taakDefinitie) {
        return Arrays.stream(values()).filter(n -> n.taak.equals(taakDefinitie)).findFirst();
    }

    static Optional<Niveau> van(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }

    static Niveau uit(String code) {
        return van(code).orElseThrow(() -> new IllegalStateException("Onbekend escalatieniveau: " + code));
    }
}

package nl.utrecht.wijkgerichtwerken.escalatie;

import java.util.Arrays;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The rungs of the escalation ladder (DESIGN §5.1), in order. */
enum Niveau {
    WIJK("wijk", "de wijk"),
    DIENSTDIRECTEUR("dienstdirecteur", "de dienstdirecteur(en)"),
    WIJKGARAGE("wijkgarage", "de wijkgarage"),
    ALGEMEEN_DIRECTEUR("algemeen-directeur", "de algemeen directeur"),
    BESTUURLIJK("bestuurlijk", "het bestuur (vakwethouder)");

    private final String code;
    private final String omschrijving;

    Niveau(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
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

    static Optional<Niveau> van(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }

    static Niveau uit(String code) {
        return van(code).orElseThrow(() -> new IllegalStateException("Onbekend escalatieniveau: " + code));
    }
}

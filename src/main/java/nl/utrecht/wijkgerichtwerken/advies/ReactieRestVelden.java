package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.PUNTEN;

import java.util.Set;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.config.RestVelden;

/**
 * The reactie's REST shape (README, {@link ReactieFormulier}): besides the form's per-point fields, a REST client
 * completes the reactie task with {@code punten}, an array of {@code {standpunt, motivering}}.
 */
@Component
class ReactieRestVelden implements RestVelden {

    /** forms/advies-reactie.form, the form of Task_ReactieSchrijven */
    static final String FORMULIER_REACTIE = "advies-reactie";

    @Override
    public String formulier() {
        return FORMULIER_REACTIE;
    }

    @Override
    public Set<String> velden() {
        return Set.of(PUNTEN);
    }
}

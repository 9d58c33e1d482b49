package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Voltooiers;

/**
 * Completing the reactie of one dienst (the task's own {@code dienst}, {@link Verdeling}): refused unless complete
 * on its own points and untouched on the others' (task stays open); merges its answers into the case's {@code punten}
 * and its vervolg into the case's; records the author.
 */
@Component("adviesReactieControle")
class ReactieControleListener implements TaskListener {

    private final Reactieregels regels;
    private final Organisatie organisatie;

    ReactieControleListener(Reactieregels regels, Organisatie organisatie) {
        this.regels = regels;
        this.organisatie = organisatie;
    }

    @Override
    public void notify(DelegateTask taak) {
        var adviespunten = AdviesStartRegels.teksten(taak.getVariable(ADVIESPUNTEN));
        var zaak = taak.getExecution().getProcessInstance();
        String dienst = taak.getVariable(DIENST) == null ? null : taak.getVariable(DIENST).toString();
        Invoercontrole vreemd = new Invoercontrole();
        ReactieFormulier.vreemdeVelden(vreemd, taak, adviespunten.size());
        vreemd.controleer("De reactie is niet opgeslagen.");
        Object ingediend = ReactieFormulier.uitVelden(taak, adviespunten.size())
                .<Object>map(velden -> velden).orElseGet(() -> taak.getVariable(PUNTEN));
        var punten = regels.controleer(adviespunten, (SpinJsonNode) zaak.getVariable(PUNTEN), dienst, ingediend,
                taak.getVariable(VERVOLG));
        zaak.setVariable(PUNTEN, SpinValues.jsonValue(punten).create());
        String vervolg = taak.getVariable(VERVOLG).toString().trim();
        List<String> diensten = Invoercontrole.lijst(zaak.getVariable(PUNT_DIENSTEN)).stream().distinct().toList();
        if (diensten.size() > 1) {
            vervolg = vervolgVanAlle(zaak.getVariable(VERVOLG_PER_DIENST), dienst, vervolg, zaak);
        }
        zaak.setVariable(VERVOLG, vervolg);
        // the engine's record of the author (four eyes); the variable only shows it in the review form
        String auteur = Voltooiers.leg(taak);
        Object eerder = zaak.getVariable(AUTEUR);
        zaak.setVariable(AUTEUR, diensten.size() > 1 && eerder != null && auteur != null && !List.of(eerder.toString().split(", ")).contains(auteur)
                ? eerder + ", " + auteur : auteur);
    }

    /** Each dienst's vervolg under its name, in the order the diensten answered. */
    private String vervolgVanAlle(Object opgeslagen, String dienst, String vervolg, org.camunda.bpm.engine.delegate.VariableScope zaak) {
        Map<String, String> perDienst = new LinkedHashMap<>();
        if (opgeslagen instanceof SpinJsonNode json && json.isObject()) {
            json.fieldNames().forEach(naam -> perDienst.put(naam, json.prop(naam).stringValue()));
        }
        perDienst.put(dienst, vervolg);
        zaak.setVariable(VERVOLG_PER_DIENST, SpinValues.jsonValue(Spin.JSON(perDienst)).create());
        StringBuilder tekst = new StringBuilder();
        perDienst.forEach((slug, deel) -> tekst.append(tekst.isEmpty() ? "" : "\n\n").append(organisatie.dienstNaam(slug))
                .append(": ").append(deel));
        return tekst.toString();
    }
}

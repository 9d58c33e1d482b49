package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * Registering an advice (or routing an information request): a known responsible dienst and, for
 * advice, the afspraken about what will be done with it (seed 001: agreed beforehand), and which dienst answers each
 * adviespunt ({@link Verdeling}).
 */
@Component("adviesRegistratieControle")
class RegistratieControleListener implements TaskListener {

    private final Organisatie organisatie;

    RegistratieControleListener(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    @Override
    public void notify(DelegateTask taak) {
        Invoercontrole controle = new Invoercontrole();
        String dienst = dienst(controle, organisatie, taak.getVariable(DIENST));
        String vervolg = controle.verplichteTekst("Afspraken over het vervolg", taak.getVariable(AFSPRAKEN_VERVOLG), 4000);
        int aantal = AdviesStartRegels.teksten(taak.getVariable(ADVIESPUNTEN)).size();
        var verdeling = Verdeling.verdeel(controle, organisatie, dienst, aantal, n -> taak.getVariable(DIENST_PUNT + n));
        controle.controleer("De registratie is niet opgeslagen.");
        taak.setVariable(DIENST, dienst);
        taak.setVariable(AFSPRAKEN_VERVOLG, vervolg);
        var zaak = taak.getExecution().getProcessInstance();
        zaak.setVariable(PUNT_DIENSTEN, SpinValues.jsonValue(Spin.JSON(verdeling)).create());
        var diensten = new java.util.LinkedHashSet<String>();
        diensten.add(dienst);
        diensten.addAll(verdeling);
        if (diensten.size() > 1) {
            zaak.setVariable(DIENSTEN, SpinValues.jsonValue(Spin.JSON(List.copyOf(diensten))).create());
            zaak.setVariable(DIENSTEN_TEKST, "," + String.join(",", diensten) + ",");
        }
    }

    static String dienst(Invoercontrole controle, Organisatie organisatie, Object waarde) {
        return controle.dienst("Verantwoordelijke dienst", waarde, organisatie);
    }
}

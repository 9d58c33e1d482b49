package nl.utrecht.wijkgerichtwerken.advies;

import static nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Taakgebruiker;

/** The two checks of {@code informatieverzoek}: routed to a known dienst; a real answer. */
@Configuration(proxyBeanMethods = false)
class InformatieverzoekControleListeners {

    static final int MIN_ANTWOORD = 30;

    @Bean
    TaskListener informatieverzoekDoorsturenControle(Organisatie organisatie) {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            String dienst = RegistratieControleListener.dienst(controle, organisatie, taak.getVariable(DIENST));
            controle.controleer("Het informatieverzoek is niet doorgestuurd.");
            taak.setVariable(DIENST, dienst);
        };
    }

    @Bean
    TaskListener informatieverzoekAntwoordControle() {
        return InformatieverzoekControleListeners::antwoord;
    }

    static void antwoord(DelegateTask taak) {
        Invoercontrole controle = new Invoercontrole();
        String antwoord = controle.verplichteTekst("Antwoord", taak.getVariable(ANTWOORD), 8000);
        if (antwoord != null && antwoord.length() < MIN_ANTWOORD) {
            controle.fout("Antwoord", "geef een inhoudelijk antwoord van minstens " + MIN_ANTWOORD + " tekens");
        }
        controle.controleer("Het antwoord is niet opgeslagen.");
        taak.setVariable(ANTWOORD, antwoord);
        taak.getExecution().getProcessInstance().setVariable(AUTEUR, Taakgebruiker.van(taak));
    }
}

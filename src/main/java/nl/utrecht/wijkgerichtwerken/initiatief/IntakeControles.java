package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen.*;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Voltooiers;

/** Server-side checks of the intake tasks: contact, weighing, acceptance and re-routing. */
@Configuration(proxyBeanMethods = false)
class IntakeControles {

    /** Personal contact is recorded; whoever records it is the initiatiefnemer's fixed contact person. */
    @Bean
    TaskListener initiatiefContactControle() {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            String verslag = controle.verplichteTekst("Verslag van het contact", taak.getVariable(CONTACT_VERSLAG), 4000);
            controle.controleer("Het contact is niet vastgelegd.");
            String persoon = Voltooiers.leg(taak);
            User gebruiker = persoon == null ? null
                    : taak.getProcessEngineServices().getIdentityService().createUserQuery().userId(persoon).singleResult();
            taak.setVariable(CONTACT_VERSLAG, verslag);
            var zaak = taak.getExecution().getProcessInstance();
            zaak.setVariable(CONTACTPERSOON, persoon);
            zaak.setVariable(CONTACTPERSOON_NAAM, gebruiker == null ? persoon : gebruiker.getFirstName() + " " + gebruiker.getLastName());
        };
    }

    /**
     * Weighing: wijkambitie and wijkmanagementoverleg answered, every Kompas question on the path answered ja or nee
     * (no silent default), a samenwerkingsvorm chosen (the Kompas's outcome, or another with the reason), a dienst.
     */
    @Bean
    TaskListener initiatiefWegingControle(Organisatie organisatie) {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            controle.keuze("Dient de wijkambitie of het stedelijk beleid", taak.getVariable(DIENT_WIJKAMBITIE), Set.of("ja", "nee"));
            controle.keuze("Naar het wijkmanagementoverleg", taak.getVariable(NAAR_WIJKMANAGEMENTOVERLEG), Set.of("ja", "nee"));
            Map<String, Boolean> kompas = Kompas.antwoorden(controle, taak::getVariable);
            Vormkeuze keuze = Vormkeuze.lees(controle, taak::getVariable);
            String dienst = dienst(controle, organisatie, taak.getVariable(DIENST));
            controle.controleer("De weging is niet opgeslagen.");
            var zaak = taak.getExecution().getProcessInstance();
            kompas.forEach(zaak::setVariable);
            keuze.schrijf(zaak);
            zaak.setVariable(DIENST, dienst);
            zaak.setVariable(WIJKREGISSEUR, Voltooiers.leg(taak));
        };
    }

    /** After the Kompas's decision table: the samenwerkingsvorm that holds, with its name and meaning for people. */
    @Bean
    ExecutionListener samenwerkingsvormVastleggen() {
        return Vormkeuze::vastleggen;
    }

    /** The dienst accepts, or sends it back with a reason; every send-back is counted. */
    @Bean
    TaskListener initiatiefAcceptatieControle() {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            String geaccepteerd = controle.keuze("Accepteren", taak.getVariable(GEACCEPTEERD), Set.of("ja", "nee"));
            String reden = controle.optioneleTekst("Reden van terugsturen", taak.getVariable(REDEN_TERUGSTUREN), 2000);
            if ("nee".equals(geaccepteerd) && reden == null) {
                controle.fout("Reden van terugsturen", "leg uit waarom uw dienst dit initiatief niet oppakt");
            }
            controle.controleer("De acceptatie is niet opgeslagen.");
            taak.setVariable(GEACCEPTEERD, geaccepteerd);
            taak.setVariable(REDEN_TERUGSTUREN, reden);
            if ("nee".equals(geaccepteerd)) {
                var zaak = taak.getExecution().getProcessInstance();
                Object teller = zaak.getVariable(AANTAL_KEER_TERUGGESTUURD);
                zaak.setVariable(AANTAL_KEER_TERUGGESTUURD, (teller instanceof Number n ? n.intValue() : 0) + 1);
            }
        };
    }

    /** The wijkregisseur routes a sent-back initiative to another dienst. */
    @Bean
    TaskListener initiatiefHerrouteringControle(Organisatie organisatie) {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            String dienst = dienst(controle, organisatie, taak.getVariable(DIENST));
            controle.controleer("Het initiatief is niet doorgestuurd.");
            taak.setVariable(DIENST, dienst);
        };
    }

    static String dienst(Invoercontrole controle, Organisatie organisatie, Object waarde) {
        return controle.dienst("Dienst", waarde, organisatie);
    }
}

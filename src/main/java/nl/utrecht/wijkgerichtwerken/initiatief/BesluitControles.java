package nl.utrecht.wijkgerichtwerken.initiatief;

import static nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen.*;

import java.math.BigDecimal;
import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Weergave;

/**
 * Server-side checks from the fund assessment to the evaluation. "Als ons antwoord nee is, dan zijn we
 * daar duidelijk over" (seed 004): every decision carries a real motivering.
 */
@Configuration(proxyBeanMethods = false)
class BesluitControles {

    @Bean
    TaskListener initiatiefFondsControle() {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            BigDecimal toegekend = bedrag(controle, taak.getVariable(TOEGEKEND_BEDRAG));
            Object gevraagd = taak.getVariable(GEVRAAGD_BEDRAG);
            if (toegekend != null && gevraagd instanceof Number n && toegekend.doubleValue() > n.doubleValue()) {
                controle.fout("Toegekend bedrag", "meer dan gevraagd (€ " + euro(n) + ")");
            }
            String toelichting = controle.verplichteTekst("Toelichting", taak.getVariable(FONDS_TOELICHTING), 4000);
            controle.controleer("De beoordeling van de aanvraag is niet opgeslagen.");
            taak.setVariable(TOEGEKEND_BEDRAG, toegekend.doubleValue());
            taak.setVariable(TOEGEKEND_BEDRAG_TEKST, Weergave.euro(toegekend));
            taak.setVariable(FONDS_TOELICHTING, toelichting);
        };
    }

    @Bean
    TaskListener initiatiefBesluitControle() {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            String besluit = controle.keuze("Besluit", taak.getVariable(BESLUIT), Set.of("ja", "ja-mits", "nee"));
            String motivering = controle.verplichteTekst("Motivering", taak.getVariable(MOTIVERING), 4000);
            if (motivering != null && motivering.length() < MIN_MOTIVERING) {
                controle.fout("Motivering", "leg het besluit uit in minstens " + MIN_MOTIVERING + " tekens (nu " + motivering.length() + ")");
            }
            String voorwaarden = controle.optioneleTekst("Voorwaarden", taak.getVariable(VOORWAARDEN), 4000);
            if ("ja-mits".equals(besluit) && voorwaarden == null) {
                controle.fout("Voorwaarden", "noem de voorwaarden bij een ja, mits");
            }
            controle.controleer("Het besluit is niet opgeslagen.");
            taak.setVariable(BESLUIT, besluit);
            taak.setVariable(MOTIVERING, motivering);
            taak.setVariable(VOORWAARDEN, "ja-mits".equals(besluit) ? voorwaarden : null);
        };
    }

    @Bean
    TaskListener initiatiefBelControle() {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            String verslag = controle.verplichteTekst("Verslag van het gesprek", taak.getVariable(BEL_VERSLAG), 4000);
            controle.controleer("Het telefoongesprek is niet vastgelegd.");
            taak.setVariable(BEL_VERSLAG, verslag);
        };
    }

    @Bean
    TaskListener initiatiefCheckInControle() {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            String voortgang = controle.keuze("Voortgang", taak.getVariable(VOORTGANG), Set.of("loopt", "afgerond", "vastgelopen"));
            String verslag = controle.verplichteTekst("Verslag", taak.getVariable(CHECK_IN_VERSLAG), 4000);
            controle.controleer("De check-in is niet vastgelegd.");
            taak.setVariable(VOORTGANG, voortgang);
            taak.setVariable(CHECK_IN_VERSLAG, verslag);
            taak.setVariable(ESCALEREN, "vastgelopen".equals(voortgang)
                    && (Boolean.TRUE.equals(taak.getVariable(ESCALEREN)) || "true".equals(String.valueOf(taak.getVariable(ESCALEREN)))));
        };
    }

    @Bean
    TaskListener initiatiefEvaluatieControle() {
        return taak -> {
            Invoercontrole controle = new Invoercontrole();
            Object waarde = taak.getVariable(EVALUATIE_SCORE);
            Integer score = null;
            try {
                score = waarde == null ? null : (int) Double.parseDouble(waarde.toString());
            } catch (NumberFormatException e) {
                // reported below
            }
            if (score == null || score < 1 || score > 5 || !String.valueOf(waarde).matches("[1-5](\\.0)?")) {
                controle.fout("Score", "geef een score van 1 tot en met 5");
            }
            String toelichting = controle.verplichteTekst("Toelichting", taak.getVariable(EVALUATIE_TOELICHTING), 4000);
            controle.controleer("De evaluatie is niet vastgelegd.");
            taak.setVariable(EVALUATIE_SCORE, score);
            taak.setVariable(EVALUATIE_TOELICHTING, toelichting);
        };
    }

    static String euro(Number bedrag) {
        return Weergave.bedrag(bedrag);
    }

    private static BigDecimal bedrag(Invoercontrole controle, Object waarde) {
        if (waarde == null || waarde.toString().isBlank()) {
            controle.fout("Toegekend bedrag", "vul een bedrag in (0 als er niets wordt toegekend)");
            return null;
        }
        try {
            BigDecimal bedrag = new BigDecimal(waarde.toString().trim().replace(',', '.'));
            if (bedrag.signum() < 0) {
                controle.fout("Toegekend bedrag", "een bedrag kan niet negatief zijn");
                return null;
            }
            return bedrag;
        } catch (NumberFormatException e) {
            controle.fout("Toegekend bedrag", "'" + waarde + "' is geen bedrag");
            return null;
        }
    }
}

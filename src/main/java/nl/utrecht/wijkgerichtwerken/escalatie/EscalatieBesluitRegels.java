package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Gebruiker;
import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * The server-side rules of every decision task: a {@code besluit} allowed on that rung, a required
 * {@code toelichting}; {@code opgelost} also needs {@code afspraken}, and a {@code controleDatum} must
 * lie in the future.
 */
@Component
class EscalatieBesluitRegels {

    static final String TAAK_ALGEMEEN_DIRECTEUR = EscalatieVariabelen.TAAK_ALGEMEEN_DIRECTEUR;
    static final String TAAK_BESTUURLIJK = EscalatieVariabelen.TAAK_BESTUURLIJK;
    static final String TAAK_WIJKGARAGE = EscalatieVariabelen.TAAK_WIJKGARAGE;

    /** {@code aanwezigen}: who took part, where the rung records it (the bestuurlijk overleg, the wijkgarage). */
    record Besluit(String besluit, String toelichting, String afspraken, LocalDate controleDatum, String aanwezigen) {

        String controleDatumTekst() {
            return controleDatum == null ? null : controleDatum.toString();
        }
    }

    private static final String NIET_OPGESLAGEN = "Het besluit is niet opgeslagen.";

    private final EscalatieTermijnen termijnen;
    private final Organisatie organisatie;

    EscalatieBesluitRegels(EscalatieTermijnen termijnen, Organisatie organisatie) {
        this.termijnen = termijnen;
        this.organisatie = organisatie;
    }

    /**
     * The dienst a dienstdirecteur's task decides for: the task's own dienst (its multi-instance element),
     * a configured dienst, and the deciding user must be that dienst's director (else 403), so one
     * director can never decide, or overwrite a decision, for another dienst.
     */
    String eigenDienst(Object dienst, Optional<Gebruiker> door) {
        if (!(dienst instanceof String slug) || !organisatie.isDienst(slug)) {
            throw new OngeldigeInvoerException(NIET_OPGESLAGEN,
                    List.of(new OngeldigeInvoerException.Veldfout("Dienst", "'" + dienst + "' is geen bekende dienst")));
        }
        door.ifPresent(gebruiker -> gebruiker.eis(NIET_OPGESLAGEN, "Dienst", "u bent geen dienstdirecteur van "
                + organisatie.dienstNaam(slug) + "; alleen die dienstdirecteur besluit voor deze dienst", Groepen.dienstdirecteur(slug)));
        return slug;
    }

    Besluit controleer(String taak, Function<String, Object> variabele) {
        Invoercontrole controle = new Invoercontrole();
        String besluit = TAAK_BESTUURLIJK.equals(taak)
                ? OPGELOST
                : controle.keuze("Besluit", variabele.apply(BESLUIT), toegestaan(taak));
        String toelichting = controle.verplichteTekst(TAAK_BESTUURLIJK.equals(taak) ? "Uitkomst" : "Toelichting",
                variabele.apply(TOELICHTING), 4000);
        String afspraken = controle.optioneleTekst("Afspraken", variabele.apply(AFSPRAKEN), 4000);
        String aanwezigen = switch (taak) {
            case TAAK_BESTUURLIJK -> controle.verplichteTekst("Aanwezig bij het bestuurlijk overleg", variabele.apply(AANWEZIGEN), 2000);
            case TAAK_WIJKGARAGE -> controle.verplichteTekst("Samenstelling van de wijkgarage", variabele.apply(SAMENSTELLING_WIJKGARAGE), 2000);
            default -> null;
        };
        LocalDate controleDatum = null;
        if (OPGELOST.equals(besluit)) {
            if (afspraken == null && !controle.heeftFouten()) {
                controle.fout("Afspraken", "leg vast welke afspraken er zijn gemaakt");
            }
            controleDatum = datum(controle, variabele.apply(CONTROLE_DATUM));
        }
        controle.controleer(NIET_OPGESLAGEN);
        return new Besluit(besluit, toelichting, OPGELOST.equals(besluit) ? afspraken : null, controleDatum, aanwezigen);
    }

    private static Set<String> toegestaan(String taak) {
        return TAAK_ALGEMEEN_DIRECTEUR.equals(taak) ? Set.of(OPGELOST, NAAR_BESTUUR) : Set.of(OPGELOST, ESCALEREN);
    }

    private LocalDate datum(Invoercontrole controle, Object waarde) {
        LocalDate datum = Datuminvoer.lees(controle, "Controledatum", waarde);
        if (datum != null && !datum.isAfter(termijnen.vandaag())) {
            controle.fout("Controledatum", "kies een datum na vandaag");
            return null;
        }
        return datum;
    }
}

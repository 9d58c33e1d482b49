package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;

/** The rules of the ladder itself: combining the diensten' decisions, the outcome, reopening. */
@Component
class Escalatieladder {

    /** One dienst's decision. */
    record DienstBesluit(String dienst, String besluit, String toelichting, String afspraken, String controleDatum) {
    }

    record Samengevoegd(String besluit, String toelichting, String afspraken, String controleDatum) {
    }

    record Uitkomst(String uitkomst, String eindniveau, LocalDate controleDatum) {
    }

    private final Organisatie organisatie;

    Escalatieladder(Organisatie organisatie) {
        this.organisatie = organisatie;
    }

    /** Solved at the dienstdirecteur rung only when every betrokken dienst decided {@code opgelost}. */
    Samengevoegd samenvoegen(List<DienstBesluit> besluiten) {
        boolean allemaalOpgelost = !besluiten.isEmpty() && besluiten.stream().allMatch(b -> OPGELOST.equals(b.besluit()));
        List<String> toelichtingen = new ArrayList<>();
        List<String> afspraken = new ArrayList<>();
        String controleDatum = null;
        for (DienstBesluit b : besluiten) {
            String dienst = organisatie.dienstNaam(b.dienst());
            String besluit = b.besluit() == null ? "geen besluit" : b.besluit();
            toelichtingen.add(dienst + " (" + besluit + "): " + (b.toelichting() == null ? "-" : b.toelichting()));
            if (b.afspraken() != null) {
                afspraken.add(dienst + ": " + b.afspraken());
            }
            if (b.controleDatum() != null && (controleDatum == null || b.controleDatum().compareTo(controleDatum) < 0)) {
                controleDatum = b.controleDatum();
            }
        }
        return new Samengevoegd(allemaalOpgelost ? OPGELOST : ESCALEREN, String.join("\n", toelichtingen),
                allemaalOpgelost ? String.join("\n", afspraken) : null, allemaalOpgelost ? controleDatum : null);
    }

    Uitkomst afronden(Map<String, Object> zaak) {
        String niveau = (String) zaak.get(NIVEAU);
        if (UITKOMST_INGETROKKEN.equals(zaak.get(UITKOMST))) {
            return new Uitkomst(UITKOMST_INGETROKKEN, niveau, null);
        }
        String uitkomst = Niveau.BESTUURLIJK.code().equals(niveau) ? UITKOMST_BESTUURLIJK : UITKOMST_OPGELOST;
        Object datum = zaak.get(CONTROLE_DATUM);
        return new Uitkomst(uitkomst, niveau, datum == null ? null : LocalDate.parse(datum.toString()));
    }

    /** Afspraken not kept: the case reopens one rung above the rung where it was solved. */
    Niveau heropenen(String eindniveau) {
        return Niveau.uit(eindniveau).volgende();
    }
}

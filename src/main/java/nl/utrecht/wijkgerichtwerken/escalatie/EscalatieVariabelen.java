package nl.utrecht.wijkgerichtwerken.escalatie;

/** Process key and variable names of process {@code escalatie} (bpmn/escalatie.bpmn), in one place. */
final class EscalatieVariabelen {

    static final String PROCES = "escalatie";
    static final String ZAAKNUMMER_PREFIX = "ESC";

    // start
    static final String TITEL = "titel";
    static final String WIJK = "wijk";
    static final String DIENSTEN = "diensten";
    /** {@link #DIENSTEN} as text, ",so,sw,": readable by SQL (dashboard). */
    static final String DIENSTEN_TEKST = "dienstenTekst";
    static final String KNELPUNT = "knelpunt";
    static final String GEWENSTE_UITKOMST = "gewensteUitkomst";
    static final String URGENTIE = "urgentie";
    static final String START_NIVEAU = "startNiveau";
    static final String REDEN_OVERSLAAN = "redenOverslaan";
    static final String WIJKREGISSEUR = "wijkregisseur";
    /** The case number of the initiative whose check-in started this escalation. */
    static final String INITIATIEF = "initiatief";

    // the ladder
    static final String NIVEAU = "niveau";
    static final String NIVEAU_OMSCHRIJVING = "niveauOmschrijving";
    static final String NIVEAU_SINDS = "niveauSinds";
    static final String TERMIJN_DATUM = "termijnDatum";
    static final String ESCALATIE_DATUM = "escalatieDatum";
    static final String TERMIJN_TEKST = "termijnTekst";
    static final String DIENST = "dienst";

    // decisions
    static final String BESLUIT = "besluit";
    static final String TOELICHTING = "toelichting";
    static final String AFSPRAKEN = "afspraken";
    static final String CONTROLE_DATUM = "controleDatum";
    static final String BESLUIT_DOOR = "besluitDoor";

    // end
    static final String EINDNIVEAU = "eindniveau";
    static final String UITKOMST = "uitkomst";
    static final String CONTROLE_MOMENT = "controleMoment";
    static final String REDEN_INTREKKING = "redenIntrekking";
    static final String BEVESTIGING = "bevestiging";
    static final String AFSPRAKEN_NAGEKOMEN = "afsprakenNagekomen";
    static final String TOELICHTING_CONTROLE = "toelichtingControle";

    // values
    static final String OPGELOST = "opgelost";
    static final String ESCALEREN = "escaleren";
    static final String NAAR_BESTUUR = "bestuurlijk";
    static final String UITKOMST_OPGELOST = "opgelost";
    static final String UITKOMST_BESTUURLIJK = "bestuurlijk-besluit";
    static final String UITKOMST_INGETROKKEN = "ingetrokken";
    static final String TERMIJN_VERSTREKEN = "termijn verstreken";

    private EscalatieVariabelen() {
    }
}

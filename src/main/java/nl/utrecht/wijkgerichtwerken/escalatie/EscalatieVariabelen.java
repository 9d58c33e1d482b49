package nl.utrecht.wijkgerichtwerken.escalatie;

/**
 * The contract of process {@code escalatie} (bpmn/escalatie.bpmn): its key, task ids and variable names, in one
 * place. What other packages need (case file, status, dashboard, authorizations, the initiatief's check-in) is
 * public; zaak/ProcescontractenTest checks every public name against the BPMN and the forms.
 */
public final class EscalatieVariabelen {

    public static final String PROCES = "escalatie";
    public static final String ZAAKNUMMER_PREFIX = "ESC";

    // user tasks
    public static final String TAAK_OPLOSSEN_IN_WIJK = "Task_OplossenInWijk";
    public static final String TAAK_DIENSTDIRECTEUR = "Task_BesluitDienstdirecteur";
    public static final String TAAK_WIJKGARAGE = "Task_BesluitWijkgarage";
    public static final String TAAK_ALGEMEEN_DIRECTEUR = "Task_BesluitAlgemeenDirecteur";
    public static final String TAAK_BESTUURLIJK = "Task_BestuurlijkeUitkomstVastleggen";
    public static final String TAAK_AFSPRAKEN_CONTROLEREN = "Task_AfsprakenControleren";
    /** The wijkregisseur's choice when a rung's term passed: escalate now, give the rung more time, or withdraw. */
    public static final String TAAK_VERVOLG_KIEZEN = "Task_VervolgKiezen";
    /** Message of the case file's withdrawal ({@code POST /api/zaken/{zaaknummer}/intrekken}). */
    static final String BERICHT_INTREKKEN = "escalatie-intrekken";
    /** Message of the case file's bestuurlijke route ({@code POST /api/zaken/{zaaknummer}/bestuurlijk}). */
    static final String BERICHT_BESTUURLIJK = "escalatie-bestuurlijk";
    /** Each dienst's contribution to an interventieteam (candidate group {@code vakafdeling-<dienst>}). */
    public static final String TAAK_BIJDRAGE_INTERVENTIETEAM = "Task_BijdrageInterventieteamLeveren";
    /** The wijkregisseur records what the interventieteam achieved: solved, not solved, or not solved and escalate now. */
    public static final String TAAK_UITKOMST_INTERVENTIETEAM = "Task_UitkomstInterventieteamVastleggen";
    /** The subprocess of the ladder: while it runs, the case file's actions can act on the escalation. */
    static final String LADDER = "SubProcess_Ladder";
    /** The event subprocess in which an interventieteam works, beside the rung's own tasks and term. */
    static final String INTERVENTIETEAM = "SubProcess_Interventieteam";
    /** Message of the case file's interventieteam ({@code POST /api/zaken/{zaaknummer}/interventieteam}). */
    static final String BERICHT_INTERVENTIETEAM = "escalatie-interventieteam";
    /** Message of a betrokken partij added later ({@code POST /api/zaken/{zaaknummer}/partijen}). */
    static final String BERICHT_PARTIJ = "escalatie-partij";
    /** The grace timers: the case moves up by itself only where the wijkregisseur asked for it at the start. */
    static final java.util.List<String> RESPIJT_TIMERS = java.util.List.of("Timer_RespijtWijk", "Timer_RespijtDienstdirecteur",
            "Timer_RespijtWijkgarage");

    // start
    public static final String TITEL = "titel";
    public static final String WIJK = "wijk";
    public static final String DIENSTEN = "diensten";
    /** {@link #DIENSTEN} as text, ",so,sw,": readable by SQL (dashboard). */
    public static final String DIENSTEN_TEKST = "dienstenTekst";
    public static final String KNELPUNT = "knelpunt";
    public static final String GEWENSTE_UITKOMST = "gewensteUitkomst";
    public static final String URGENTIE = "urgentie";
    static final String START_NIVEAU = "startNiveau";
    static final String REDEN_OVERSLAAN = "redenOverslaan";
    /** Boolean, default false: after the grace term the case moves up by itself (never to the bestuur). */
    public static final String AUTOMATISCH_ESCALEREN = "automatischEscaleren";
    public static final String WIJKREGISSEUR = "wijkregisseur";
    /** The case number of the initiative whose check-in started this escalation. */
    public static final String INITIATIEF = "initiatief";

    // the bestuurlijke route: to whom (vakwethouder or wijkwethouder), why, and who was present at the outcome
    public static final String BESTUURLIJKE_ROUTE = "bestuurlijkeRoute";
    public static final String REDEN_BESTUURLIJK = "redenBestuurlijk";
    public static final String AANWEZIGEN = "aanwezigen";
    /** Who sat on the wijkgarage for this case (seed 004: "adhoc en op agenda aangevuld"), recorded with its decision. */
    public static final String SAMENSTELLING_WIJKGARAGE = "samenstellingWijkgarage";

    // betrokken partijen outside the municipality: "naam | organisatie | e-mail" per line, as the start rules wrote it
    // (the partij mail steps run once per address, ${escalatieOntvangers.partijen(execution)}, with the address as
    // their element variable "aan": an outsider's address, used only as one strict address, see notificatie/Ontvangerbron)
    public static final String BETROKKEN_PARTIJEN = "betrokkenPartijen";

    // the interventieteam (seed 004: "een tijdelijk team ... in heel korte tijd (bv één week)"): its diensten as text
    // "so,sw", its assignment, its term (a Date) and since when it works; each contribution is recorded on its own task
    public static final String INTERVENTIETEAM_DIENSTEN = "interventieteamDiensten";
    public static final String INTERVENTIETEAM_OPDRACHT = "interventieteamOpdracht";
    static final String INTERVENTIETEAM_TERMIJN = "interventieteamTermijn";
    static final String INTERVENTIETEAM_TERMIJN_TEKST = "interventieteamTermijnTekst";
    static final String INTERVENTIETEAM_SINDS = "interventieteamSinds";
    public static final String BIJDRAGE = "bijdrage";
    /** For the wijkregisseur's outcome task: the contributions per dienst, and the diensten that did not contribute. */
    static final String INTERVENTIETEAM_BIJDRAGEN = "interventieteamBijdragen";
    static final String ONTBREKENDE_BIJDRAGEN = "ontbrekendeBijdragen";
    public static final String UITKOMST_INTERVENTIETEAM = "uitkomstInterventieteam";
    /** The address of a betrokken partij added later, for the one mail telling him the case is running (or null). */
    static final String NIEUWE_PARTIJ_ADRES = "nieuwePartijAdres";

    // the ladder
    public static final String NIVEAU = "niveau";
    static final String NIVEAU_OMSCHRIJVING = "niveauOmschrijving";
    static final String NIVEAU_SINDS = "niveauSinds";
    static final String TERMIJN_DATUM = "termijnDatum";
    static final String ESCALATIE_DATUM = "escalatieDatum";
    static final String TERMIJN_TEKST = "termijnTekst";
    public static final String DIENST = "dienst";

    // decisions
    public static final String BESLUIT = "besluit";
    public static final String TOELICHTING = "toelichting";
    public static final String AFSPRAKEN = "afspraken";
    static final String CONTROLE_DATUM = "controleDatum";
    static final String BESLUIT_DOOR = "besluitDoor";

    // the wijkregisseur's choice when a term passed
    public static final String VERVOLG = "vervolgKeuze";
    public static final String TOELICHTING_VERVOLG = "toelichtingVervolg";
    static final String NIEUWE_TERMIJN = "nieuweTermijn";
    /** The werkdag the rung was given (yyyy-mm-dd) and why; read by the step that moves the term. */
    static final String VERLENGD_TOT = "verlengdTot";
    static final String REDEN_VERLENGING = "redenVerlenging";

    // end
    static final String EINDNIVEAU = "eindniveau";
    public static final String UITKOMST = "uitkomst";
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
    static final String VERVOLG_ESCALEREN = "escaleren";
    static final String VERVOLG_VERLENGEN = "verlengen";
    static final String VERVOLG_INTREKKEN = "intrekken";
    static final String ROUTE_VAKWETHOUDER = "vakwethouder";
    static final String ROUTE_WIJKWETHOUDER = "wijkwethouder";
    static final String TEAM_OPGELOST = "opgelost";
    static final String TEAM_NIET_OPGELOST = "niet-opgelost";
    static final String TEAM_ESCALEREN = "escaleren";

    private EscalatieVariabelen() {
    }

    /** The rung ({@link #NIVEAU} value) of each rung's decision task, from the bottom of the ladder up. */
    public static java.util.Map<String, String> niveauPerTaak() {
        java.util.Map<String, String> niveaus = new java.util.LinkedHashMap<>();
        for (Niveau niveau : Niveau.values()) {
            niveaus.put(niveau.taak(), niveau.code());
        }
        return niveaus;
    }
}

package nl.utrecht.wijkgerichtwerken.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.werkdagen.Werkdagen;

/**
 * The figures of the last 90 days (DESIGN §7), from the engine's history tables at every call: advice reactions
 * sent on time, initiatives decided within their term, median werkdagen per escalation rung, escalations per
 * wijk and dienst, and the evaluation scores of initiatives. Only variables the case still has count
 * ({@code STATE_ = 'CREATED'}): a value a starter sent along is removed by the start rules but stays in
 * the history as {@code DELETED}.
 */
@Service
class Kengetallen {

    static final int DAGEN = 90;

    record Aandeel(long totaal, long opTijd, Double percentage) {
        static Aandeel van(long totaal, long opTijd) {
            return new Aandeel(totaal, opTijd, totaal == 0 ? null : Math.round(1000.0 * opTijd / totaal) / 10.0);
        }
    }

    record NiveauDuur(String niveau, String naam, long aantal, Double mediaanWerkdagen) {
    }

    record Aantal(String code, String naam, long aantal) {
    }

    record Evaluaties(long aantal, Double gemiddelde, Map<Integer, Long> verdeling) {
    }

    record Overzicht(LocalDate van, LocalDate tot, Aandeel adviesreactiesOpTijd, Aandeel initiatievenOpTijd,
                     List<NiveauDuur> escalatieNiveaus, List<Aantal> escalatiesPerDienst,
                     Evaluaties evaluaties) {
    }

    /** The task of each rung, in the order of the ladder. */
    static final Map<String, String> NIVEAUTAKEN = EscalatieVariabelen.niveauPerTaak();

    private final JdbcTemplate jdbc;
    private final Werkdagen werkdagen;
    private final DashboardNamen namen;
    private final EscalatieDiensten escalatieDiensten;

    Kengetallen(JdbcTemplate jdbc, Werkdagen werkdagen, DashboardNamen namen, EscalatieDiensten escalatieDiensten) {
        this.jdbc = jdbc;
        this.werkdagen = werkdagen;
        this.namen = namen;
        this.escalatieDiensten = escalatieDiensten;
    }

    Overzicht overzicht() {
        LocalDate tot = werkdagen.vandaag();
        LocalDate van = tot.minusDays(DAGEN);
        Timestamp vanaf = Termijnbakken.begin(van);
        Timestamp totEnMet = Termijnbakken.begin(tot.plusDays(1));
        return new Overzicht(van, tot, adviezen(vanaf, totEnMet), initiatieven(vanaf, totEnMet),
                niveaus(vanaf, totEnMet), escalatieDiensten.perDienst(vanaf, totEnMet),
                evaluaties(vanaf, totEnMet));
    }

    private Aandeel adviezen(Timestamp vanaf, Timestamp tot) {
        Map<String, Boolean> opTijd = new HashMap<>();
        jdbc.query(Procesnamen.sql("""
                SELECT v.PROC_INST_ID_ AS zaak, o.LONG_ AS op_tijd FROM ACT_HI_VARINST v
                JOIN ACT_HI_VARINST o ON o.PROC_INST_ID_ = v.PROC_INST_ID_ AND o.NAME_ = {OP_TIJD} AND o.STATE_ = 'CREATED'
                WHERE v.NAME_ = {VERSTUURD_OP} AND v.STATE_ = 'CREATED' AND v.PROC_DEF_KEY_ = {ADVIES}
                AND v.LONG_ >= ? AND v.LONG_ < ?"""),
                rs -> {
                    opTijd.merge(rs.getString("zaak"), rs.getLong("op_tijd") == 1L, Boolean::logicalOr);
                }, vanaf.getTime(), tot.getTime());
        return Aandeel.van(opTijd.size(), opTijd.values().stream().filter(Boolean::booleanValue).count());
    }

    private Aandeel initiatieven(Timestamp vanaf, Timestamp tot) {
        long[] tellers = new long[2];
        jdbc.query(Procesnamen.sql("""
                SELECT END_TIME_, DUE_DATE_ FROM ACT_HI_TASKINST WHERE PROC_DEF_KEY_ = {INITIATIEF}
                AND TASK_DEF_KEY_ = {TAAK_INITIATIEF_BESLUIT} AND DELETE_REASON_ = 'completed' AND DUE_DATE_ IS NOT NULL
                AND END_TIME_ >= ? AND END_TIME_ < ?"""), rs -> {
            tellers[0]++;
            if (!Termijnbakken.dag(rs.getTimestamp(1)).isAfter(Termijnbakken.dag(rs.getTimestamp(2)))) {
                tellers[1]++;
            }
        }, vanaf, tot);
        return Aandeel.van(tellers[0], tellers[1]);
    }

    private List<NiveauDuur> niveaus(Timestamp vanaf, Timestamp tot) {
        Map<String, List<Integer>> duren = new LinkedHashMap<>();
        NIVEAUTAKEN.values().forEach(niveau -> duren.put(niveau, new ArrayList<>()));
        // only the rungs that ended in the period (index on step and end), then all tasks of those rungs
        jdbc.query(Procesnamen.sql("""
                SELECT t.TASK_DEF_KEY_ AS taak, MIN(t.START_TIME_) AS van, MAX(t.END_TIME_) AS tot FROM ACT_HI_TASKINST t
                JOIN (SELECT DISTINCT PROC_INST_ID_, TASK_DEF_KEY_ FROM ACT_HI_TASKINST
                      WHERE TASK_DEF_KEY_ IN (%1$s) AND END_TIME_ >= ? AND END_TIME_ < ?) r
                  ON r.PROC_INST_ID_ = t.PROC_INST_ID_ AND r.TASK_DEF_KEY_ = t.TASK_DEF_KEY_
                WHERE t.PROC_DEF_KEY_ = {ESCALATIE}
                GROUP BY t.PROC_INST_ID_, t.TASK_DEF_KEY_
                HAVING COUNT(t.END_TIME_) = COUNT(*) AND MAX(t.END_TIME_) >= ? AND MAX(t.END_TIME_) < ?"""
                .formatted(Procesnamen.lijst(NIVEAUTAKEN.keySet()))), rs -> {
            duren.get(NIVEAUTAKEN.get(rs.getString("taak"))).add(werkdagen.werkdagenTussen(
                    Termijnbakken.dag(rs.getTimestamp("van")), Termijnbakken.dag(rs.getTimestamp("tot"))));
        }, vanaf, tot, vanaf, tot);
        List<NiveauDuur> niveaus = new ArrayList<>();
        duren.forEach((niveau, lijst) -> niveaus.add(
                new NiveauDuur(niveau, namen.stap(EscalatieVariabelen.PROCES, niveau), lijst.size(), mediaan(lijst))));
        return niveaus;
    }

    private Evaluaties evaluaties(Timestamp vanaf, Timestamp tot) {
        Map<Integer, Long> verdeling = new TreeMap<>();
        for (int score = 1; score <= 5; score++) {
            verdeling.put(score, 0L);
        }
        jdbc.query(Procesnamen.sql("""
                SELECT LONG_ AS score, COUNT(*) AS aantal FROM ACT_HI_VARINST
                WHERE NAME_ = {EVALUATIE_SCORE} AND STATE_ = 'CREATED' AND PROC_DEF_KEY_ = {INITIATIEF} AND EXECUTION_ID_ = PROC_INST_ID_
                AND LONG_ BETWEEN 1 AND 5 AND CREATE_TIME_ >= ? AND CREATE_TIME_ < ? GROUP BY LONG_"""), rs -> {
            verdeling.put(rs.getInt("score"), rs.getLong("aantal"));
        }, vanaf, tot);
        long aantal = verdeling.values().stream().mapToLong(Long::longValue).sum();
        long som = verdeling.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        return new Evaluaties(aantal, aantal == 0 ? null : Math.round(10.0 * som / aantal) / 10.0, verdeling);
    }

    static Double mediaan(List<Integer> waarden) {
        if (waarden.isEmpty()) {
            return null;
        }
        List<Integer> gesorteerd = waarden.stream().sorted().toList();
        int midden = gesorteerd.size() / 2;
        return gesorteerd.size() % 2 == 1 ? gesorteerd.get(midden)
                : (gesorteerd.get(midden - 1) + gesorteerd.get(midden)) / 2.0;
    }
}

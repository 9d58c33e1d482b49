package nl.utrecht.wijkgerichtwerken.zaak;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pauses of cases (table wijk_opschorting, db/migration/V4): which case stands still since when, why, until when
 * it is expected to, and afterwards how many werkdagen it stood still. Read by the case file, the status page, the
 * dashboard and the weekly digest; written only by {@link Opschorting}.
 */
@Component
public class Opschortingen {

    /** {@code aanvulling}: a question to the submitter; {@code wachten}: waiting with a reason (issue 22 item 3). */
    public static final String AANVULLING = "aanvulling";
    public static final String WACHTEN = "wachten";

    /** One pause; {@code einde}, {@code werkdagenStil} and {@code antwoord} are null while it runs. */
    public record Pauze(long id, String zaaknummer, String soort, String reden, LocalDate verwachtEinde, Instant begin,
            String door, Instant einde, Integer werkdagenStil, String antwoord) {

        public boolean loopt() {
            return einde == null;
        }
    }

    /** Two requests paused the same case at the same moment: the second changes nothing. */
    static class AlOpgeschort extends RuntimeException {
        AlOpgeschort() {
            super("Deze zaak is al opgeschort. Er is niets gewijzigd.");
        }
    }

    private static final String KOLOMMEN = "id, zaaknummer, soort, reden, verwacht_einde, begin_moment, door, einde_moment, "
            + "werkdagen_stil, antwoord";

    private final JdbcTemplate jdbc;

    Opschortingen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The running pause of a case, if any. */
    public Optional<Pauze> lopend(String zaaknummer) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM wijk_opschorting WHERE open_zaaknummer = ?", Opschortingen::pauze,
                zaaknummer).stream().findFirst();
    }

    /** Every pause of a case, oldest first. */
    public List<Pauze> van(String zaaknummer) {
        return jdbc.query("SELECT " + KOLOMMEN + " FROM wijk_opschorting WHERE zaaknummer = ? ORDER BY begin_moment, id",
                Opschortingen::pauze, zaaknummer);
    }

    /** The numbers of all cases that stand still now. */
    public Set<String> lopendeZaken() {
        return new HashSet<>(jdbc.queryForList("SELECT open_zaaknummer FROM wijk_opschorting WHERE open_zaaknummer IS NOT NULL",
                String.class));
    }

    /** Per case number, the werkdagen its finished pauses stood still (cases without any are left out). */
    public Map<String, Integer> werkdagenStil() {
        Map<String, Integer> stil = new HashMap<>();
        jdbc.query("SELECT zaaknummer, SUM(werkdagen_stil) FROM wijk_opschorting WHERE werkdagen_stil IS NOT NULL GROUP BY zaaknummer",
                rij -> {
                    stil.put(rij.getString(1), rij.getInt(2));
                });
        return stil;
    }

    long begin(String zaaknummer, String soort, String reden, LocalDate verwachtEinde, Instant begin, String door) {
        try {
            jdbc.update("INSERT INTO wijk_opschorting (zaaknummer, open_zaaknummer, soort, reden, verwacht_einde, begin_moment, door) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", zaaknummer, zaaknummer, soort, reden, Date.valueOf(verwachtEinde),
                    Timestamp.from(begin), door);
        } catch (DuplicateKeyException tegelijk) {
            throw new AlOpgeschort();
        }
        return lopend(zaaknummer).orElseThrow().id();
    }

    void bewaarTaak(long pauze, String taak, java.util.Date termijn, java.util.Date waarschuwing) {
        jdbc.update("INSERT INTO wijk_opschorting_taak (opschorting, taak, termijn, waarschuwing) VALUES (?, ?, ?, ?)",
                pauze, taak, tijdstip(termijn), tijdstip(waarschuwing));
    }

    /** The task dates kept when the pause began: task id → {termijn, waarschuwing}. */
    Map<String, java.util.Date[]> bewaardeTaken(long pauze) {
        Map<String, java.util.Date[]> taken = new HashMap<>();
        jdbc.query("SELECT taak, termijn, waarschuwing FROM wijk_opschorting_taak WHERE opschorting = ?", rij -> {
            taken.put(rij.getString(1), new java.util.Date[] {rij.getTimestamp(2), rij.getTimestamp(3)});
        }, pauze);
        return taken;
    }

    /** A new expected end of a running pause (the old one passed while the case still waits). */
    void verwachtEinde(long pauze, LocalDate verwachtEinde) {
        jdbc.update("UPDATE wijk_opschorting SET verwacht_einde = ? WHERE id = ? AND open_zaaknummer IS NOT NULL",
                Date.valueOf(verwachtEinde), pauze);
    }

    /** Ends the pause; false when another request ended it a moment ago. */
    boolean einde(long pauze, Instant einde, String door, int werkdagenStil, String antwoord) {
        return jdbc.update("UPDATE wijk_opschorting SET open_zaaknummer = NULL, einde_moment = ?, hervat_door = ?, "
                + "werkdagen_stil = ?, antwoord = ? WHERE id = ? AND open_zaaknummer IS NOT NULL",
                Timestamp.from(einde), door, werkdagenStil, antwoord, pauze) == 1;
    }

    private static Timestamp tijdstip(java.util.Date moment) {
        return moment == null ? null : new Timestamp(moment.getTime());
    }

    private static Pauze pauze(ResultSet rij, int nummer) throws SQLException {
        Timestamp einde = rij.getTimestamp("einde_moment");
        int stil = rij.getInt("werkdagen_stil");
        return new Pauze(rij.getLong("id"), rij.getString("zaaknummer"), rij.getString("soort"), rij.getString("reden"),
                rij.getDate("verwacht_einde").toLocalDate(), rij.getTimestamp("begin_moment").toInstant(), rij.getString("door"),
                einde == null ? null : einde.toInstant(), rij.wasNull() ? null : stil, rij.getString("antwoord"));
    }
}

package nl.utrecht.wijkgerichtwerken.zaak;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Notes in a case file (table wijk_notitie, db/migration/V2): added, listed, never edited or deleted. */
@Component
public class Notities {

    public record Notitie(String tekst, String door, Instant moment) {
    }

    private final JdbcTemplate jdbc;

    Notities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Notitie voegToe(String zaaknummer, String tekst, String door) {
        Instant moment = Instant.now();
        jdbc.update("INSERT INTO wijk_notitie (zaaknummer, tekst, door, moment) VALUES (?, ?, ?, ?)",
                zaaknummer, tekst, door, Timestamp.from(moment));
        return new Notitie(tekst, door, moment);
    }

    List<Notitie> van(String zaaknummer) {
        return jdbc.query("SELECT tekst, door, moment FROM wijk_notitie WHERE zaaknummer = ? ORDER BY moment, id",
                (rij, i) -> new Notitie(rij.getString("tekst"), rij.getString("door"), rij.getTimestamp("moment").toInstant()),
                zaaknummer);
    }
}

package nl.utrecht.wijkgerichtwerken.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Remembers the answer given for an {@code Idempotency-Key}, in the same transaction as the case
 * start: a retry gets that answer back and starts nothing; two concurrent first tries cannot both
 * commit (primary key). The key is bound to its submission by a SHA-256 hash of the submitted fields:
 * the same key with other fields is refused ({@link AndereInhoud}) and never gets the first answer.
 */
@Component
class Idempotentie {

    /** The key was used before for a different submission. */
    static class AndereInhoud extends RuntimeException {
        AndereInhoud() {
            super("Deze Idempotency-Key is al gebruikt voor een andere aanvraag. Gebruik voor elke nieuwe aanvraag een "
                    + "nieuwe sleutel; alleen een herhaling van precies dezelfde aanvraag mag dezelfde sleutel hebben.");
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper canoniek;

    Idempotentie(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.canoniek = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** The answer given before for this key and these fields; refuses the key when it came with other fields. */
    Optional<String> eerder(String sleutel, Zaaksoort soort, Map<String, Object> invoer) {
        return jdbc.query("SELECT antwoord, inhoud_hash FROM wijk_idempotentie WHERE sleutel = ? AND route = ?",
                (rij, nr) -> {
                    String opgeslagen = rij.getString("inhoud_hash");
                    if (opgeslagen == null || !MessageDigest.isEqual(opgeslagen.getBytes(StandardCharsets.US_ASCII),
                            hash(invoer).getBytes(StandardCharsets.US_ASCII))) {
                        throw new AndereInhoud();
                    }
                    return rij.getString("antwoord");
                }, sleutel, soort.route()).stream().findFirst();
    }

    void onthoud(String sleutel, Zaaksoort soort, Map<String, Object> invoer, String antwoord) {
        jdbc.update("INSERT INTO wijk_idempotentie (sleutel, route, antwoord, aangemaakt, inhoud_hash) VALUES (?, ?, ?, ?, ?)",
                sleutel, soort.route(), antwoord, Timestamp.from(Instant.now()), hash(invoer));
    }

    /** SHA-256 of the fields as canonical JSON (keys sorted), hex. */
    String hash(Map<String, Object> invoer) {
        try {
            byte[] json = canoniek.writeValueAsBytes(invoer);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

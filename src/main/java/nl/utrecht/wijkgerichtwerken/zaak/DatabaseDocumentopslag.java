package nl.utrecht.wijkgerichtwerken.zaak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents in the project's own tables (db/migration/V3): the data in wijk_document, the content in parts of
 * {@link #DEEL} bytes in wijk_document_deel, written and read one part at a time, so the heap holds one part per
 * upload or download whatever the file's size.
 */
@Component
class DatabaseDocumentopslag implements Documentopslag {

    static final int DEEL = 256 * 1024;

    private static final String VELDEN = "id, zaaknummer, naam, type, grootte, door, moment, vertrouwelijk";
    private static final RowMapper<Document> DOCUMENT = (rij, i) -> new Document(rij.getString("id"),
            rij.getString("zaaknummer"), rij.getString("naam"), rij.getString("type"), rij.getLong("grootte"),
            rij.getString("door"), rij.getTimestamp("moment").toInstant(), rij.getBoolean("vertrouwelijk"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;

    DatabaseDocumentopslag(JdbcTemplate jdbc, TransactionTemplate transactie) {
        this.jdbc = jdbc;
        this.transactie = transactie;
    }

    @Override
    public Document bewaar(Document gegevens, InputStream inhoud) {
        String id = UUID.randomUUID().toString();
        Instant moment = gegevens.moment() == null ? Instant.now() : gegevens.moment();
        return transactie.execute(status -> {
            long grootte = 0;
            int volgnummer = 0;
            byte[] deel = new byte[DEEL];
            int gevuld;
            while ((gevuld = vul(inhoud, deel)) > 0) {
                byte[] stuk = gevuld == DEEL ? deel : java.util.Arrays.copyOf(deel, gevuld);
                jdbc.update("INSERT INTO wijk_document_deel (document, volgnummer, inhoud) VALUES (?, ?, ?)", id, volgnummer++, stuk);
                grootte += gevuld;
            }
            jdbc.update("INSERT INTO wijk_document (" + VELDEN + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, gegevens.zaaknummer(),
                    gegevens.naam(), gegevens.type(), grootte, gegevens.door(), Timestamp.from(moment), gegevens.vertrouwelijk());
            return new Document(id, gegevens.zaaknummer(), gegevens.naam(), gegevens.type(), grootte, gegevens.door(), moment,
                    gegevens.vertrouwelijk());
        });
    }

    @Override
    public List<Document> van(String zaaknummer) {
        return jdbc.query("SELECT " + VELDEN + " FROM wijk_document WHERE zaaknummer = ? AND verwijderd_moment IS NULL "
                + "ORDER BY moment, id", DOCUMENT, zaaknummer);
    }

    @Override
    public Optional<Document> document(String zaaknummer, String id) {
        return jdbc.query("SELECT " + VELDEN + " FROM wijk_document WHERE zaaknummer = ? AND id = ? AND verwijderd_moment IS NULL",
                DOCUMENT, zaaknummer, id).stream().findFirst();
    }

    @Override
    public InputStream inhoud(String id) {
        return new Delenstroom(id);
    }

    @Override
    public long totaleGrootte(String zaaknummer) {
        Long totaal = jdbc.queryForObject("SELECT COALESCE(SUM(grootte), 0) FROM wijk_document WHERE zaaknummer = ?",
                Long.class, zaaknummer);
        return totaal == null ? 0 : totaal;
    }

    @Override
    public boolean verwijder(String zaaknummer, String id, String door) {
        return jdbc.update("UPDATE wijk_document SET verwijderd_door = ?, verwijderd_moment = ? "
                + "WHERE zaaknummer = ? AND id = ? AND verwijderd_moment IS NULL", door, Timestamp.from(Instant.now()), zaaknummer, id) == 1;
    }

    /** Fills {@code deel} as far as the stream goes; the number of bytes read (0 at the end). */
    private static int vul(InputStream inhoud, byte[] deel) {
        try {
            return inhoud.readNBytes(deel, 0, deel.length);
        } catch (IOException fout) {
            throw new UncheckedIOException(fout);
        }
    }

    /** The content read part after part, one query per part. */
    private final class Delenstroom extends InputStream {

        private final String id;
        private int volgnummer;
        private byte[] deel = new byte[0];
        private int positie;
        private boolean klaar;

        Delenstroom(String id) {
            this.id = id;
        }

        @Override
        public int read() throws IOException {
            byte[] een = new byte[1];
            return read(een, 0, 1) < 0 ? -1 : een[0] & 0xff;
        }

        @Override
        public int read(byte[] doel, int vanaf, int lengte) throws IOException {
            if (lengte == 0) {
                return 0;
            }
            while (positie >= deel.length) {
                if (klaar || !volgende()) {
                    klaar = true;
                    return -1;
                }
            }
            int aantal = Math.min(lengte, deel.length - positie);
            System.arraycopy(deel, positie, doel, vanaf, aantal);
            positie += aantal;
            return aantal;
        }

        private boolean volgende() {
            List<byte[]> gevonden = jdbc.query("SELECT inhoud FROM wijk_document_deel WHERE document = ? AND volgnummer = ?",
                    (rij, i) -> rij.getBytes("inhoud"), id, volgnummer);
            if (gevonden.isEmpty()) {
                return false;
            }
            volgnummer++;
            deel = gevonden.get(0);
            positie = 0;
            return true;
        }
    }
}

package nl.utrecht.wijkgerichtwerken.zaak;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Where the documents of cases are kept: the database by default ({@link DatabaseDocumentopslag}); a ZGW Documenten API
 * can take its place. Content goes in and out as a stream. Checks (type, size, names) are done before, by
 * {@link Documenten}.
 */
public interface Documentopslag {

    /** Stores the document's data and content (read to its end, not closed); returns it with its new id. */
    Document bewaar(Document gegevens, InputStream inhoud);

    /** The documents of a case that are not deleted, oldest first. */
    List<Document> van(String zaaknummer);

    /** One document of this case, not deleted. */
    Optional<Document> document(String zaaknummer, String id);

    /** The content of a stored document, to be closed by the caller. */
    InputStream inhoud(String id);

    /** The bytes stored for this case (deleted documents included: they are still kept). */
    long totaleGrootte(String zaaknummer);

    /** Marks the document deleted by this person now; false when there was none to delete. */
    boolean verwijder(String zaaknummer, String id, String door);
}

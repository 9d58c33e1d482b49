package nl.utrecht.wijkgerichtwerken.zaak;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * The type of a document read from its first bytes (Apache Tika's magic numbers), never from its name: PDF, images,
 * Office and ODF documents. The name only tells an Office container (zip or OLE2, recognised by its content) which
 * of its kinds it is; a plain zip, an executable or a text named {@code .pdf} has no allowed type.
 */
final class Documenttypen {

    static final Set<String> TOEGESTAAN = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    /** The content's container type and the kinds its name may choose from. */
    private static final Map<String, Set<String>> CONTAINERS = Map.of(
            "application/x-tika-ooxml", Set.of(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            "application/x-tika-msoffice", Set.of("application/msword", "application/vnd.ms-excel"));

    /** The user-facing list for refusals. */
    static final String OMSCHRIJVING = "PDF, afbeeldingen (PNG, JPEG, GIF, WebP), Word, Excel en PowerPoint (docx, xlsx, pptx, "
            + "doc, xls) en OpenDocument (odt, ods, odp)";

    private static final Tika TIKA = new Tika();

    private Documenttypen() {
    }

    /** The allowed type of this content, or {@code null} when it is not allowed. */
    static String van(byte[] kop, String naam) {
        String inhoud = detecteer(kop, null);
        if (TOEGESTAAN.contains(inhoud)) {
            return inhoud;
        }
        Set<String> soorten = CONTAINERS.get(inhoud);
        if (soorten == null) {
            return null;
        }
        String genoemd = detecteer(kop, naam);
        return soorten.contains(genoemd) ? genoemd : null;
    }

    private static String detecteer(byte[] kop, String naam) {
        try {
            return TIKA.detect(new ByteArrayInputStream(kop), naam);
        } catch (IOException fout) {
            throw new UncheckedIOException(fout);
        }
    }
}

package nl.utrecht.wijkgerichtwerken.zaak;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One document as a download: always as an attachment with its checked type and {@code nosniff}, so a browser never
 * opens an upload as a page of this site; the content is streamed from the store.
 */
public final class Documentdownload {

    private Documentdownload() {
    }

    public static ResponseEntity<InputStreamResource> van(Document document, Documenten documenten) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.type()))
                .contentLength(document.grootte())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.naam(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(documenten.inhoud(document)));
    }
}

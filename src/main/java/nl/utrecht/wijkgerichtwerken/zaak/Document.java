package nl.utrecht.wijkgerichtwerken.zaak;

import java.time.Instant;

/** One document on a case, without its content (that is read through {@link Documentopslag#inhoud}). */
public record Document(String id, String zaaknummer, String naam, String type, long grootte, String door, Instant moment,
        boolean vertrouwelijk) {
}

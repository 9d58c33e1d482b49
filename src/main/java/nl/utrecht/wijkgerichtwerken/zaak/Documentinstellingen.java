package nl.utrecht.wijkgerichtwerken.zaak;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on documents, from {@code wijk.documenten}: files per submission, size of one file, bytes per case.
 */
@ConfigurationProperties("wijk.documenten")
public record Documentinstellingen(@DefaultValue("10") int maxBestanden, @DefaultValue("10MB") DataSize maxGrootte,
        @DefaultValue("200MB") DataSize maxPerZaak) {
}

package nl.utrecht.wijkgerichtwerken.organisatie;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;

/** HTTP Basic credentials checked against the engine's identity service, for the project's own APIs. */
public final class BasicInlog {

    private BasicInlog() {
    }

    /** The user of valid Basic credentials in the {@code Authorization} header, else {@code null}. */
    public static String gebruiker(String header, IdentityService identityService) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String waarde;
        try {
            waarde = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int scheiding = waarde.indexOf(':');
        if (scheiding <= 0) {
            return null;
        }
        String gebruiker = waarde.substring(0, scheiding);
        return identityService.checkPassword(gebruiker, waarde.substring(scheiding + 1)) ? gebruiker : null;
    }
}

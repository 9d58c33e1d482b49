package nl.utrecht.wijkgerichtwerken.inloggen;

import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider in the test JVM (mock-oauth2-server) on a free port, with an interactive login page
 * (user name and the token's claims as JSON), and the app's oidc settings pointing at it.
 */
final class Identiteitsprovider {

    static final String UITGEVER = "gemeente";
    static final String CLIENT = "wijkgericht-werken";
    /** A provider group name that the configuration maps to the project's group wijkregisseur. */
    static final String GROEP_WIJKREGISSEURS = "/Utrecht/Wijkregisseurs";

    private static MockOAuth2Server server;

    private Identiteitsprovider() {
    }

    static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
            server.start();
        }
        return server;
    }

    static String uitgever() {
        return server().issuerUrl(UITGEVER).toString();
    }

    static void instellingen(DynamicPropertyRegistry registry) {
        registry.add("WIJK_OIDC_ISSUER", Identiteitsprovider::uitgever);
        registry.add("WIJK_OIDC_CLIENT_ID", () -> CLIENT);
        registry.add("WIJK_OIDC_CLIENT_SECRET", () -> "geheim-voor-de-test");
        registry.add("wijk.oidc.groepen[" + GROEP_WIJKREGISSEURS + "]", () -> "wijkregisseur");
    }

    /** An access token of the provider for the app, valid for the given number of seconds (negative: expired). */
    static String token(String gebruiker, List<String> groepen, long geldigSeconden) {
        return token(gebruiker, groepen, CLIENT, geldigSeconden);
    }

    static String token(String gebruiker, List<String> groepen, String publiek, long geldigSeconden) {
        return server().issueToken(UITGEVER, CLIENT, new DefaultOAuth2TokenCallback(UITGEVER, gebruiker, "JWT",
                List.of(publiek), Map.of("preferred_username", gebruiker, "groups", groepen), geldigSeconden)).serialize();
    }
}

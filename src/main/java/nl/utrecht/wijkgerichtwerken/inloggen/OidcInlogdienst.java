package nl.utrecht.wijkgerichtwerken.inloggen;

import java.util.List;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After a login at the provider: the official's user name (the configured claim), the project groups of the ID token
 * and user info, kept in Camunda's tables ({@link GebruikersBijInloggen}) and carried as the session's authorities.
 */
final class OidcInlogdienst implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final OidcInstellingen instellingen;
    private final Groepentoewijzing groepentoewijzing;
    private final GebruikersBijInloggen gebruikers;

    OidcInlogdienst(OidcInstellingen instellingen, Groepentoewijzing groepentoewijzing, GebruikersBijInloggen gebruikers) {
        this.instellingen = instellingen;
        this.groepentoewijzing = groepentoewijzing;
        this.gebruikers = gebruikers;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser gebruiker = provider.loadUser(request);
        String id = gebruiker.getClaimAsString(instellingen.gebruikersnaamClaim());
        if (id == null || id.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user",
                    "Het token noemt geen gebruikersnaam (claim " + instellingen.gebruikersnaamClaim() + ")", null));
        }
        List<String> groepen = groepentoewijzing.groepen(gebruiker.getClaims());
        String voornaam = gebruiker.getGivenName();
        String achternaam = gebruiker.getFamilyName();
        if (voornaam == null && achternaam == null) {
            voornaam = gebruiker.getFullName() != null ? gebruiker.getFullName() : id;
        }
        gebruikers.legVast(new GebruikersBijInloggen.Gebruiker(id, voornaam, achternaam, gebruiker.getEmail(), groepen));
        return new DefaultOidcUser(Groepentoewijzing.rechten(groepen), gebruiker.getIdToken(), gebruiker.getUserInfo(),
                instellingen.gebruikersnaamClaim());
    }
}

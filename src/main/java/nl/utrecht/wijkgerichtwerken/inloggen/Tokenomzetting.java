package nl.utrecht.wijkgerichtwerken.inloggen;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A validated bearer token (integrations on {@code /engine-rest}, a metrics scraper): the user is the configured
 * user name claim (else the subject), the authorities are the token's project groups. Not written to Camunda's user
 * tables: a service account is no official.
 */
final class Tokenomzetting implements Converter<Jwt, AbstractAuthenticationToken> {

    private final OidcInstellingen instellingen;
    private final Groepentoewijzing groepentoewijzing;

    Tokenomzetting(OidcInstellingen instellingen, Groepentoewijzing groepentoewijzing) {
        this.instellingen = instellingen;
        this.groepentoewijzing = groepentoewijzing;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String naam = token.getClaimAsString(instellingen.gebruikersnaamClaim());
        return new JwtAuthenticationToken(token,
                Groepentoewijzing.rechten(groepentoewijzing.groepen(token.getClaims())),
                naam == null || naam.isBlank() ? token.getSubject() : naam);
    }
}

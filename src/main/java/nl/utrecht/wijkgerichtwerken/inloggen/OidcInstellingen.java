package nl.utrecht.wijkgerichtwerken.inloggen;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wijk.oidc}: which claims of the provider's tokens name the user and hold the groups, and how the provider's
 * group names map to the project's group ids (e.g. {@code wijk.oidc.groepen[/Utrecht/Wijkregisseurs]: wijkregisseur};
 * a claim value that already is one of the project's group ids needs no entry).
 */
@ConfigurationProperties("wijk.oidc")
record OidcInstellingen(String registratie, String gebruikersnaamClaim, String groepenClaim, Map<String, String> groepen) {

    OidcInstellingen {
        registratie = registratie == null || registratie.isBlank() ? "gemeente" : registratie;
        gebruikersnaamClaim = gebruikersnaamClaim == null || gebruikersnaamClaim.isBlank()
                ? "preferred_username" : gebruikersnaamClaim;
        groepenClaim = groepenClaim == null || groepenClaim.isBlank() ? "groups" : groepenClaim;
        groepen = groepen == null ? Map.of() : Map.copyOf(groepen);
    }
}

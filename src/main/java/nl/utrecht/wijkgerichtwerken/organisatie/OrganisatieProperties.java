package nl.utrecht.wijkgerichtwerken.organisatie;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Wijken and diensten of the municipality (slug → display name), from {@code wijk.organisatie}. */
@ConfigurationProperties("wijk.organisatie")
record OrganisatieProperties(Map<String, String> wijken, Map<String, String> diensten) {

    OrganisatieProperties {
        wijken = wijken == null ? Map.of() : Map.copyOf(wijken);
        diensten = diensten == null ? Map.of() : Map.copyOf(diensten);
    }
}

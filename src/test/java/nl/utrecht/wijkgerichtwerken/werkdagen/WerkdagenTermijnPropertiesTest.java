package nl.utrecht.wijkgerichtwerken.werkdagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ByteArrayResource;

/** The {@code wijk.termijnen} settings: defaults, lookup, clear messages, and binding from YAML. */
class WerkdagenTermijnPropertiesTest {

    @Test
    void standaardWaarschuwingIsDrieWerkdagen() {
        assertThat(new TermijnProperties().getWaarschuwing()).isEqualTo(3);
    }

    @Test
    void termijnWordtOpgezochtPerProcesEnStap() {
        TermijnProperties properties = new TermijnProperties();
        properties.setProcessen(Map.of("escalatie", Map.of("wijk", 10, "bestuurlijk", 20)));

        assertThat(properties.werkdagen("escalatie", "bestuurlijk")).isEqualTo(20);
    }

    @Test
    void ontbrekendeStapGeeftMeldingMetDeVolledigeSleutel() {
        TermijnProperties properties = new TermijnProperties();
        properties.setProcessen(Map.of("escalatie", Map.of("wijk", 10)));

        assertThatThrownBy(() -> properties.werkdagen("escalatie", "respijt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Geen termijn ingesteld voor wijk.termijnen.processen.escalatie.respijt");
    }

    @Test
    void ontbrekendProcesGeeftMeldingMetDeVolledigeSleutel() {
        assertThatThrownBy(() -> new TermijnProperties().werkdagen("initiatief", "contact"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Geen termijn ingesteld voor wijk.termijnen.processen.initiatief.contact");
    }

    @Test
    void negatieveTermijnWordtGeweigerd() {
        TermijnProperties properties = new TermijnProperties();
        properties.setProcessen(Map.of("escalatie", Map.of("wijk", -1)));

        assertThatThrownBy(() -> properties.werkdagen("escalatie", "wijk"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wijk.termijnen.processen.escalatie.wijk");
        assertThatThrownBy(() -> properties.setWaarschuwing(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wijk.termijnen.waarschuwing");
    }

    @Test
    void yamlMetStappenMetStreepjeWordtGebonden() throws IOException {
        String yaml = """
                wijk:
                  termijnen:
                    waarschuwing: 2
                    processen:
                      escalatie: { wijk: 10, dienstdirecteur: 10, wijkgarage: 10, algemeen-directeur: 10, \
                bestuurlijk: 20, acuut: 3, respijt: 3 }
                      wijkplatform-advies: { reactie: 30 }
                """;

        TermijnProperties properties = bind(yaml);

        assertThat(properties.getWaarschuwing()).isEqualTo(2);
        assertThat(properties.werkdagen("escalatie", "algemeen-directeur")).isEqualTo(10);
        assertThat(properties.werkdagen("escalatie", "bestuurlijk")).isEqualTo(20);
        assertThat(properties.werkdagen("escalatie", "respijt")).isEqualTo(3);
        assertThat(properties.werkdagen("wijkplatform-advies", "reactie")).isEqualTo(30);
    }

    private static TermijnProperties bind(String yaml) throws IOException {
        MutablePropertySources bronnen = new MutablePropertySources();
        new YamlPropertySourceLoader()
                .load("test", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)))
                .forEach(bronnen::addLast);
        return new Binder(ConfigurationPropertySources.from(bronnen))
                .bindOrCreate("wijk.termijnen", TermijnProperties.class);
    }
}

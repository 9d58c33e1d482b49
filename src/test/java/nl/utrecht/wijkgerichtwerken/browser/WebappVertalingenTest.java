package nl.utrecht.wijkgerichtwerken.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The project's Dutch {@code locales/nl.json} of each webapp against the English {@code en.json} in
 * the Camunda webjar: every English label has a Dutch one (a missing key would show English, e.g.
 * after a Camunda upgrade), the placeholders and markup are kept, and the date locale is complete.
 */
class WebappVertalingenTest {

    static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}|\\{}");
    static final Pattern OPMAAK = Pattern.compile("</?(a|br|strong)\\b[^>]*>");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void elkEngelsLabelHeeftEenNederlandsLabelMetDezelfdePlaatshouders(String app) throws IOException {
        JsonNode engels = lees(app, "en");
        JsonNode nederlands = lees(app, "nl");

        assertThat(veldnamen(nederlands)).isEqualTo(veldnamen(engels));
        assertThat(veldnamen(nederlands.get("labels"))).isEqualTo(veldnamen(engels.get("labels")));
        List<String> afwijkingen = new ArrayList<>();
        engels.get("labels").properties().forEach(label -> {
            String en = label.getValue().asText();
            String nl = nederlands.get("labels").get(label.getKey()).asText();
            if (!alle(PLAATSHOUDER, en).equals(alle(PLAATSHOUDER, nl)) || !alle(OPMAAK, en).equals(alle(OPMAAK, nl))
                    || en.isBlank() != nl.isBlank()) {
                afwijkingen.add(label.getKey() + ": " + en + " -> " + nl);
            }
        });
        assertThat(afwijkingen).as("labels whose placeholders or markup differ").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void deDatumnotatieIsNederlandsEnVolledig(String app) throws IOException {
        JsonNode engels = lees(app, "en").get("dateLocales");
        JsonNode nederlands = lees(app, "nl").get("dateLocales");

        assertThat(veldnamen(nederlands)).isEqualTo(veldnamen(engels));
        engels.properties().forEach(veld -> {
            if (veld.getValue().isObject()) {
                assertThat(veldnamen(nederlands.get(veld.getKey()))).as(veld.getKey()).isEqualTo(veldnamen(veld.getValue()));
            } else if (veld.getValue().isArray()) {
                assertThat(nederlands.get(veld.getKey()).size()).as(veld.getKey()).isEqualTo(veld.getValue().size());
            }
        });
        assertThat(nederlands.get("months").get(2).asText()).isEqualTo("maart");
        assertThat(nederlands.get("weekdays").get(1).asText()).isEqualTo("maandag");
        assertThat(nederlands.get("longDateFormat").get("L").asText()).isEqualTo("DD-MM-YYYY");
    }

    private JsonNode lees(String app, String taal) throws IOException {
        String pad = String.format(LOCALES, app, taal);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(pad)) {
            assertThat(in).as(pad + " on the classpath").isNotNull();
            return json.readTree(in);
        }
    }

    private static List<String> veldnamen(JsonNode object) {
        List<String> namen = new ArrayList<>();
        object.fieldNames().forEachRemaining(namen::add);
        return namen.stream().sorted().toList();
    }

    private static Map<String, Integer> alle(Pattern patroon, String tekst) {
        Map<String, Integer> aantallen = new TreeMap<>();
        Matcher m = patroon.matcher(tekst);
        while (m.find()) {
            aantallen.merge(m.group().replaceAll("\\s", ""), 1, Integer::sum);
        }
        return aantallen;
    }
}

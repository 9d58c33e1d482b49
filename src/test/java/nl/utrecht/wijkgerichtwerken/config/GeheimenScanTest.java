package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No secret and no default password in the repository, except the embedded demo's ("demo", in
 * application.yaml and the demo users) and the throw-away values of the tests under src/test/.
 */
class GeheimenScanTest {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final List<String> BRONNEN = List.of("pom.xml", "README.md", "src/main", "src/lint", "src/web", "bpmn", "forms",
            "docker", ".ci");
    /** Not scanned: dependencies and their manifests ("design-tokens"), build output, and the webapps' label translations ("PASSWORD": "Wachtwoord"). */
    private static final Set<String> OVERGESLAGEN = Set.of("node_modules", "target", "data", "package-lock.json", "package.json", "/locales/");

    /** Where the embedded demo may name its password "demo". */
    private static final Set<String> DEMO = Set.of("src/main/resources/application.yaml",
            "src/main/java/nl/utrecht/wijkgerichtwerken/organisatie/DemoGebruikers.java");

    private static final Pattern SLEUTELS = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|xox[abprs]-[A-Za-z0-9-]{10,}"
                    + "|sk_live_[A-Za-z0-9]{16,}|eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}");
    /** A password-like key with a value in configuration: yaml, properties, compose, XML. */
    private static final Pattern WACHTWOORD = Pattern.compile(
            "(?i)(?:password|passwd|wachtwoord|secret|api[_-]?key|token)[\\w.-]*\"?\\s*[:=]\\s*\"?(\\$\\{[^}]*}|[^\\s\"#<]+)");
    /** A Spring/XML property: name="…password…" value="x". */
    private static final Pattern WACHTWOORD_XML = Pattern.compile(
            "(?i)name=\"[^\"]*(?:password|secret)[^\"]*\"\\s+value=\"([^\"]*)\"");
    /** The same in Java: a string literal given to a password-like name or setter. */
    private static final Pattern WACHTWOORD_JAVA = Pattern.compile(
            "(?i)(?:password|passwd|wachtwoord|secret|api[_-]?key|token)\\w*\\s*(?:=|\\()\\s*\"([^\"]+)\"");
    /** A placeholder whose fallback is empty or which demands the value (${X:}, ${X}, ${X:?melding}). */
    private static final Pattern LEGE_PLACEHOLDER = Pattern.compile("\\$\\{[A-Z0-9_.-]+(?::|:\\?[^}]*)?}");

    @Test
    void erStaatGeenSleutelOfTokenInDeRepository() throws IOException {
        List<String> vondsten = new ArrayList<>();
        for (Path bestand : bestanden()) {
            Matcher m = SLEUTELS.matcher(Files.readString(bestand, StandardCharsets.UTF_8));
            while (m.find()) {
                vondsten.add(REPO.relativize(bestand) + ": " + m.group().substring(0, Math.min(12, m.group().length())) + "…");
            }
        }
        assertThat(vondsten).isEmpty();
    }

    @Test
    void alleenDeIngebouwdeDemoHeeftEenStandaardwachtwoord() throws IOException {
        List<String> vondsten = new ArrayList<>();
        for (Path bestand : configuratieEnCode()) {
            String pad = REPO.relativize(bestand).toString().replace('\\', '/');
            List<String> regels = Files.readAllLines(bestand, StandardCharsets.UTF_8);
            for (int i = 0; i < regels.size(); i++) {
                String waarde = waarde(regels.get(i), pad.endsWith(".java"));
                if (waarde != null && !(DEMO.contains(pad) && waarde.equals("demo"))) {
                    vondsten.add(pad + ":" + (i + 1) + ": " + regels.get(i).trim());
                }
            }
        }
        assertThat(vondsten).as("default passwords or secrets outside the embedded demo").isEmpty();
    }

    @Test
    void deScanHerkentEenStandaardwachtwoord() {
        assertThat(waarde("      password: geheim123", false)).isEqualTo("geheim123");
        assertThat(waarde("      POSTGRES_PASSWORD: ${WIJK_DB_PASSWORD:-wijkgericht}", false)).isEqualTo("${WIJK_DB_PASSWORD:-wijkgericht}");
        assertThat(waarde("    password: ${WIJK_DB_PASSWORD:}", false)).isNull();
        assertThat(waarde("      POSTGRES_PASSWORD: ${WIJK_DB_PASSWORD:?zet WIJK_DB_PASSWORD}", false)).isNull();
        assertThat(waarde("    password: \"\"", false)).isNull();
        assertThat(waarde("<property name=\"jdbcPassword\" value=\"s3cr3t\" />", false)).isEqualTo("s3cr3t");
        assertThat(waarde("<property name=\"jdbcPassword\" value=\"\" />", false)).isNull();
        assertThat(waarde("static final String WACHTWOORD = \"demo\";", true)).isEqualTo("demo");
        assertThat(waarde("user.setPassword(\"welkom01\");", true)).isEqualTo("welkom01");
        assertThat(waarde("String token = Statustoken.nieuw();", true)).isNull();
    }

    /** The literal value given to a password-like key, or null when there is none (empty, or from the environment). */
    static String waarde(String regel, boolean java) {
        String getrimd = regel.trim();
        if (getrimd.startsWith("#") || getrimd.startsWith("//") || getrimd.startsWith("*")) {
            return null;
        }
        Matcher m = (java ? WACHTWOORD_JAVA : regel.contains("value=\"") ? WACHTWOORD_XML : WACHTWOORD).matcher(regel);
        if (!m.find()) {
            return null;
        }
        String waarde = m.group(1);
        return waarde.isEmpty() || LEGE_PLACEHOLDER.matcher(waarde).matches() ? null : waarde;
    }

    private static List<Path> configuratieEnCode() throws IOException {
        return bestanden().stream().filter(p -> p.toString().matches(".*\\.(ya?ml|properties|xml|java|json|sh)$")
                || p.getFileName().toString().equals("run")).toList();
    }

    private static List<Path> bestanden() throws IOException {
        List<Path> bestanden = new ArrayList<>();
        for (String bron : BRONNEN) {
            Path pad = REPO.resolve(bron);
            if (!Files.exists(pad)) {
                continue;
            }
            try (Stream<Path> alle = Files.walk(pad)) {
                alle.filter(Files::isRegularFile)
                        .filter(p -> REPO.relativize(p).toString().chars().noneMatch(c -> c == 0))
                        .filter(p -> OVERGESLAGEN.stream().noneMatch(o -> REPO.relativize(p).toString().contains(o)))
                        .filter(p -> !p.toString().matches(".*\\.(png|jpg|ico|woff2?|ttf|jar)$"))
                        .forEach(bestanden::add);
            }
        }
        return bestanden;
    }
}

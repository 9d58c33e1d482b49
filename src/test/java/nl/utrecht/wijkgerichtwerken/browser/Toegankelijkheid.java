package nl.utrecht.wijkgerichtwerken.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

/**
 * The automated accessibility check: axe-core (npm, installed by {@code src/web/build.sh}) runs in the
 * page with the WCAG 2.0/2.1 level A and AA rules and reports every violation with the elements it hit.
 */
public final class Toegankelijkheid {

    static final Path AXE = Path.of("src", "web", "node_modules", "axe-core", "axe.min.js");
    private static final String WCAG_21_AA = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

    private Toegankelijkheid() {
    }

    /** The violations on the page now open, one line per rule with its impact and the elements it hit. */
    @SuppressWarnings("unchecked")
    public static List<String> overtredingen(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axe());
        }
        List<Map<String, Object>> gevonden = (List<Map<String, Object>>) js.executeAsyncScript(
                "const klaar = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: " + WCAG_21_AA + "}})"
                        + ".then(r => klaar(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " doelen: v.nodes.map(n => n.target.join(' '))}))))"
                        + ".catch(e => klaar([{id: 'axe-fout', impact: 'fout', help: String(e), doelen: []}]));");
        return gevonden.stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " — "
                        + ((List<Object>) v.get("doelen")).stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .toList();
    }

    private static String axe() {
        try {
            return Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core not found at " + AXE + ": run src/web/build.sh (part of ./mvnw verify)", e);
        }
    }
}

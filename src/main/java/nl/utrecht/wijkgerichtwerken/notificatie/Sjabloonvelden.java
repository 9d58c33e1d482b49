package nl.utrecht.wijkgerichtwerken.notificatie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Which case variables a mail template may read: every word of its HTML and text template, of the
 * shared fragments they include and of the PDF it may carry. A melding copies only those variables (a word that is not a variable
 * costs nothing; a variable left out would be missing from the mail).
 */
@Component
class Sjabloonvelden {

    private static final String MAP = "templates/mail/";
    /** The answer as PDF that some mails carry ({@link Antwoordbrieven}) reads the melding's variables too. */
    private static final String PDF = "templates/antwoord/";
    private static final List<String> GEDEELD = List.of("fragmenten.html", "escalatie-samenvatting.txt");
    private static final Pattern WOORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, Set<String>> velden = new ConcurrentHashMap<>();

    Set<String> van(String sjabloon) {
        return velden.computeIfAbsent(sjabloon, Sjabloonvelden::lees);
    }

    private static Set<String> lees(String sjabloon) {
        Set<String> woorden = new HashSet<>();
        boolean gevonden = false;
        for (String bestand : List.of(sjabloon + ".html", sjabloon + ".txt")) {
            gevonden |= voegToe(woorden, MAP + bestand);
        }
        if (!gevonden) {
            throw new IllegalArgumentException("Onbekend mailsjabloon: " + sjabloon);
        }
        GEDEELD.forEach(bestand -> voegToe(woorden, MAP + bestand));
        voegToe(woorden, PDF + sjabloon + ".html");
        return Set.copyOf(woorden);
    }

    private static boolean voegToe(Set<String> woorden, String bestand) {
        try (InputStream in = Sjabloonvelden.class.getClassLoader().getResourceAsStream(bestand)) {
            if (in == null) {
                return false;
            }
            Matcher woord = WOORD.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (woord.find()) {
                woorden.add(woord.group());
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

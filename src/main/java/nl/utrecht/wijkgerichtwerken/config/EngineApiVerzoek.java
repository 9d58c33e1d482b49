package nl.utrecht.wijkgerichtwerken.config;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriUtils;

/**
 * What a request to the engine REST API ({@code /engine-rest}) or the webapps' copy of it
 * ({@code /camunda/api/engine/engine/<name>}) asks, as far as {@link EngineApiBewaking} cares: the path is decoded,
 * matrix parameters and double slashes dropped and compared without regard to case, so that a spelling the REST
 * resources would still accept cannot slip past.
 */
record EngineApiVerzoek(Soort soort, String id, String methode) {

    enum Soort {
        /** complete, submit-form, resolve: only the fields of the task's form */
        VOLTOOIEN,
        /** claim: only for oneself */
        CLAIMEN,
        /** unclaim: only one's own task */
        VRIJGEVEN,
        /** assignee: only oneself (a claim) or nobody (unclaim) */
        TOEWIJZEN,
        /** due date, follow-up date, priority, name, delegation, candidates, deletion: administrators only */
        TAAK_WIJZIGEN,
        /** variables outside completion, and what moves a case past its forms: administrators only */
        VARIABELEN_WIJZIGEN,
        OVERIG
    }

    private static final String ID = "([^/]+)";
    private static final String VARIABELEN = "/(?:variables|localvariables)(?:/.*)?";

    /** A path pattern; {@code alleenPutEnDelete} for the task itself (POST /task/count is a query). */
    private record Regel(Soort soort, Pattern pad, boolean alleenPutEnDelete) {
    }

    /** Paths with changing methods (POST, PUT, DELETE); the first that matches decides. */
    private static final List<Regel> REGELS = List.of(
            regel(Soort.VOLTOOIEN, "/task/" + ID + "/(?:complete|submit-form|resolve)"),
            regel(Soort.CLAIMEN, "/task/" + ID + "/claim"),
            regel(Soort.VRIJGEVEN, "/task/" + ID + "/unclaim"),
            regel(Soort.TOEWIJZEN, "/task/" + ID + "/assignee"),
            new Regel(Soort.TAAK_WIJZIGEN, patroon("/task/" + ID), true),
            regel(Soort.TAAK_WIJZIGEN, "/task/" + ID + "/(?:delegate|identity-links(?:/.*)?)"),
            regel(Soort.VARIABELEN_WIJZIGEN, "/task/" + ID + "(?:" + VARIABELEN + "|/bpmnerror|/bpmnescalation)"),
            regel(Soort.VARIABELEN_WIJZIGEN, "/execution/" + ID + "(?:" + VARIABELEN + "|/signal|/messagesubscriptions/.*)"),
            regel(Soort.VARIABELEN_WIJZIGEN, "/process-instance/" + ID + "(?:" + VARIABELEN + "|/modification(?:-async)?)"),
            regel(Soort.VARIABELEN_WIJZIGEN, "/process-instance/variables-async"),
            regel(Soort.VARIABELEN_WIJZIGEN, "/(?:message|signal)"));

    private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");
    private static final Pattern WEBAPP = Pattern.compile("^/camunda/api/engine/engine/[^/]+(/.*)?$");

    private static Regel regel(Soort soort, String pad) {
        return new Regel(soort, patroon(pad), false);
    }

    private static Pattern patroon(String pad) {
        return Pattern.compile("^" + pad + "/?$", Pattern.CASE_INSENSITIVE);
    }

    static EngineApiVerzoek van(HttpServletRequest request) {
        String methode = request.getMethod().toUpperCase(java.util.Locale.ROOT);
        String pad = pad(request);
        if (pad == null || methode.equals("GET") || methode.equals("HEAD") || methode.equals("OPTIONS")) {
            return new EngineApiVerzoek(Soort.OVERIG, null, methode);
        }
        for (Regel regel : REGELS) {
            Matcher m = regel.pad().matcher(pad);
            boolean methodePast = !regel.alleenPutEnDelete() || methode.equals("PUT") || methode.equals("DELETE");
            if (m.matches() && methodePast) {
                return new EngineApiVerzoek(regel.soort(), m.groupCount() > 0 ? m.group(1) : null, methode);
            }
        }
        return new EngineApiVerzoek(Soort.OVERIG, null, methode);
    }

    private static String decodeer(String segment) {
        try {
            return UriUtils.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not valid percent-encoding: the REST resources cannot read it either
            return segment;
        }
    }

    /** The resource path after the API prefix and engine name, or {@code null} outside the engine APIs. */
    static String pad(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        StringBuilder schoon = new StringBuilder();
        for (String deel : uri.split("/")) {
            int matrix = deel.indexOf(';');
            String segment = decodeer(matrix >= 0 ? deel.substring(0, matrix) : deel);
            if (!segment.isEmpty()) {
                schoon.append('/').append(segment);
            }
        }
        String genormaliseerd = schoon.toString();
        for (Pattern prefix : List.of(ENGINE_REST, WEBAPP)) {
            Matcher m = prefix.matcher(genormaliseerd);
            if (m.matches()) {
                return m.group(1) == null ? "/" : m.group(1);
            }
        }
        return null;
    }
}

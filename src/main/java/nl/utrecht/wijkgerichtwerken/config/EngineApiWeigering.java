package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * A refusal of {@link EngineApiBewaking}, in the shape of the other refusals of the engine APIs
 * ({@code type}, Dutch {@code message}, {@code fouten} naming each refused field; see {@link OngeldigeInvoerFilter}),
 * so Tasklist shows the message as it shows the engine's own.
 */
record EngineApiWeigering(int status, String type, String message, List<OngeldigeInvoerException.Veldfout> fouten) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** 400: input the task or the API does not accept. */
    static EngineApiWeigering ongeldig(String message, List<OngeldigeInvoerException.Veldfout> fouten) {
        return new EngineApiWeigering(HttpServletResponse.SC_BAD_REQUEST, OngeldigeInvoerException.class.getSimpleName(), message, fouten);
    }

    /** 403: something only an administrator may do. */
    static EngineApiWeigering verboden(String message, List<OngeldigeInvoerException.Veldfout> fouten) {
        return new EngineApiWeigering(HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", message, fouten);
    }

    /** 404: the task was completed or withdrawn a moment ago (a second tab, a double click) or never existed. */
    static EngineApiWeigering verdwenen() {
        return new EngineApiWeigering(HttpServletResponse.SC_NOT_FOUND, "TaakVerdwenen", ZaakGewijzigdFilter.TAAK_VERDWENEN,
                List.of(veld("taak", "is al afgerond of ingetrokken")));
    }

    /** 409: the command kept losing the race with another change of the same case ({@link OpnieuwProberenPlugin}). */
    static EngineApiWeigering gewijzigd() {
        return new EngineApiWeigering(HttpServletResponse.SC_CONFLICT, "ZaakGewijzigd", ZaakGewijzigdFilter.MELDING,
                List.of(veld("zaak", "is zojuist gewijzigd")));
    }

    /** 409: the race was lost to whoever completed or withdrew the same task. */
    static EngineApiWeigering gewijzigdEnVerdwenen() {
        return new EngineApiWeigering(HttpServletResponse.SC_CONFLICT, "ZaakGewijzigd", ZaakGewijzigdFilter.TAAK_VERDWENEN,
                List.of(veld("taak", "is al afgerond of ingetrokken")));
    }

    /** A refusal of one of our input rules: 400, or 403 for what the user may not do. */
    static EngineApiWeigering van(OngeldigeInvoerException weigering) {
        return new EngineApiWeigering(weigering instanceof GeweigerdeToegangException
                ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST,
                weigering.getClass().getSimpleName(), weigering.getMessage(), weigering.fouten());
    }

    static OngeldigeInvoerException.Veldfout veld(String veld, String melding) {
        return new OngeldigeInvoerException.Veldfout(veld, melding);
    }

    /** Writes the refusal as the response; a wrapped response whose body the engine API wrote is cleared first. */
    void schrijf(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        Map<String, Object> lichaam = new LinkedHashMap<>();
        lichaam.put("type", type);
        lichaam.put("message", message);
        lichaam.put("fouten", fouten.stream().map(f -> Map.of("veld", f.veld(), "melding", f.melding())).toList());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(lichaam));
    }
}

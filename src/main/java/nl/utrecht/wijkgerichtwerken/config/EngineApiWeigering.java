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

    static OngeldigeInvoerException.Veldfout veld(String veld, String melding) {
        return new OngeldigeInvoerException.Veldfout(veld, melding);
    }

    void schrijf(HttpServletResponse response) throws IOException {
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

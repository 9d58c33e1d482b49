package nl.utrecht.wijkgerichtwerken;

import java.util.HashMap;
import java.util.Map;

/** Values in the shape the engine REST API expects ({@code {"value": …}}). */
public final class Rest {

    private Rest() {
    }

    public static Map<String, Object> waarde(Object waarde) {
        Map<String, Object> dto = new HashMap<>();
        dto.put("value", waarde);
        return dto;
    }
}

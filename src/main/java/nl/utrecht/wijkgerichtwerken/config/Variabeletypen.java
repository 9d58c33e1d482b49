package nl.utrecht.wijkgerichtwerken.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * The variable types a person may send through the engine APIs: what the forms produce (texts, numbers, yes/no,
 * dates, JSON lists). Object values (Java serialization or any other serialized class), files, bytes and XML are
 * refused: a class of anyone's choosing stored in a case breaks every form and mail that reads it. Every typed value
 * ({@code {"type": …, "value": …}}) anywhere in the body is checked, whatever the endpoint.
 */
final class Variabeletypen {

    static final Set<String> TOEGESTAAN = Set.of("string", "boolean", "integer", "short", "long", "double", "date",
            "json", "null");

    private Variabeletypen() {
    }

    /** The refused values by name (the variable's name where known), empty when all are allowed. */
    static List<OngeldigeInvoerException.Veldfout> geweigerd(JsonNode lichaam) {
        List<OngeldigeInvoerException.Veldfout> fouten = new ArrayList<>();
        zoek(lichaam, "waarde", fouten);
        return fouten;
    }

    private static void zoek(JsonNode knoop, String naam, List<OngeldigeInvoerException.Veldfout> fouten) {
        if (knoop.isArray()) {
            knoop.forEach(element -> zoek(element, naam, fouten));
            return;
        }
        if (!knoop.isObject()) {
            return;
        }
        JsonNode type = knoop.get("type");
        if (type != null && type.isTextual() && (knoop.has("value") || knoop.has("valueInfo"))
                && !TOEGESTAAN.contains(type.asText().toLowerCase(Locale.ROOT))) {
            fouten.add(EngineApiWeigering.veld(naam, "het type '" + type.asText()
                    + "' wordt niet aangenomen; gebruik tekst, getal, ja/nee, datum of JSON"));
        } else if ((type == null || type.isNull()) && knoop.has("valueInfo")) {
            fouten.add(EngineApiWeigering.veld(naam, "een waarde met valueInfo heeft een type nodig (tekst, getal, ja/nee, datum of JSON)"));
        } else if ((type == null || type.isNull()) && knoop.has("value") && knoop.get("value").isContainerNode()
                && !knoop.has("name")) {
            // an untyped list or object would be stored as a serialized Java object
            fouten.add(EngineApiWeigering.veld(naam, "een lijst of object heeft het type Json nodig"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> velden = knoop.fields(); velden.hasNext();) {
            Map.Entry<String, JsonNode> veld = velden.next();
            zoek(veld.getValue(), veld.getKey(), fouten);
        }
    }
}

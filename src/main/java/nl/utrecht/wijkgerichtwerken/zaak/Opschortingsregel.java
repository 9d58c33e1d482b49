package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.LinkedHashMap;
import java.util.Map;

/** One pause as the case file shows it: {@code soort}, {@code reden}, {@code sinds}, {@code verwachtEinde}, and after it ends {@code hervat}, {@code werkdagenStil}, {@code antwoord}. */
final class Opschortingsregel {

    private Opschortingsregel() {
    }

    static Map<String, Object> van(Opschortingen.Pauze pauze) {
        Map<String, Object> regel = new LinkedHashMap<>();
        regel.put("soort", pauze.soort());
        regel.put("reden", pauze.reden());
        regel.put("door", pauze.door());
        regel.put("sinds", pauze.begin());
        regel.put("verwachtEinde", pauze.verwachtEinde().toString());
        regel.put("loopt", pauze.loopt());
        regel.put("hervat", pauze.einde());
        regel.put("werkdagenStil", pauze.werkdagenStil());
        regel.put("antwoord", pauze.antwoord());
        return regel;
    }
}

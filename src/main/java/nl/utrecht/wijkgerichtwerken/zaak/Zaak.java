package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.Date;
import java.util.List;

/** One case as the list shows it; {@code instantie} is the engine's process instance (never shown). */
record Zaak(String instantie, String zaaknummer, String proces, String titel, String wijk, List<String> diensten,
        String stap, Date termijn, String termijnstatus, String status) {
}

package nl.utrecht.wijkgerichtwerken.zaak;

import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.ALLE;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.ONDERWERP;
import static nl.utrecht.wijkgerichtwerken.zaak.Zaakprocessen.TITEL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the case list's search looks in ({@link Zaakzoekvraag}): per case one row in {@code wijk_zoektekst} with its
 * number, title and subject in lower case. Written by {@link ZoektekstListener} in the transaction that starts the
 * case (number, title and subject do not change after the start); cases from before the table, or started by an
 * older version of the app while this one ran, get theirs when the app starts ({@link #vulAan()}).
 */
@Component
public class Zoekteksten {

    private static final Logger LOG = LoggerFactory.getLogger(Zoekteksten.class);
    private static final int LENGTE = 4000;
    private static final int PER_KEER = 1000;

    private final JdbcTemplate jdbc;

    Zoekteksten(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row of a case that starts now (once: an administrator who has the start run again changes nothing). */
    void legVast(String instantie, String zaaknummer, Object titel, Object onderwerp) {
        jdbc.update("INSERT INTO wijk_zoektekst (proc_inst_id, tekst) SELECT ?, ? FROM (VALUES (1)) een"
                + " WHERE NOT EXISTS (SELECT 1 FROM wijk_zoektekst z WHERE z.proc_inst_id = ?)", instantie,
                tekst(zaaknummer, titel, onderwerp), instantie);
    }

    /**
     * The text searched: the non-empty parts, lower case as the search term is made lower case, each on a line of its
     * own (a search for a separator such as " | " would otherwise find every case).
     */
    static String tekst(Object... delen) {
        String tekst = Stream.of(delen).filter(Objects::nonNull).map(Object::toString).filter(deel -> !deel.isBlank())
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
        return tekst.length() > LENGTE ? tekst.substring(0, LENGTE) : tekst;
    }

    /**
     * Adds the rows of the cases that have none and removes those of cases the engine's history cleanup removed.
     * Runs when the app starts; two instances starting at once may both try, and the one that finds a row the other
     * added leaves the rest to its next start.
     *
     * @return how many rows were added
     */
    @EventListener(ApplicationStartedEvent.class)
    @Order(20)
    public int vulAan() {
        long begin = System.nanoTime();
        int weg = jdbc.update("DELETE FROM wijk_zoektekst z WHERE NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.ID_ = z.proc_inst_id)");
        Map<String, String[]> zaken = new LinkedHashMap<>();
        List<Object> parameters = new ArrayList<>(List.of(TITEL, ONDERWERP));
        jdbc.query("SELECT p.ID_, p.BUSINESS_KEY_, v.NAME_, v.TEXT_ FROM ACT_HI_PROCINST p LEFT JOIN ACT_HI_VARINST v"
                + " ON v.PROC_INST_ID_ = p.ID_ AND v.NAME_ IN (?, ?) AND v.TASK_ID_ IS NULL AND (v.STATE_ IS NULL OR v.STATE_ <> 'DELETED')"
                + " WHERE p.PROC_DEF_KEY_ IN (" + Zaakzoekvraag.vraagtekens(ALLE, parameters) + ")"
                + " AND NOT EXISTS (SELECT 1 FROM wijk_zoektekst z WHERE z.proc_inst_id = p.ID_)", rs -> {
                    String[] zaak = zaken.computeIfAbsent(rs.getString(1), id -> new String[3]);
                    zaak[0] = rs.getString(2);
                    if (TITEL.equals(rs.getString(3))) {
                        zaak[1] = rs.getString(4);
                    } else if (ONDERWERP.equals(rs.getString(3))) {
                        zaak[2] = rs.getString(4);
                    }
                }, parameters.toArray());
        List<Object[]> rijen = zaken.entrySet().stream()
                .map(zaak -> new Object[] {zaak.getKey(), tekst((Object[]) zaak.getValue())}).toList();
        int toegevoegd = 0;
        try {
            for (int van = 0; van < rijen.size(); van += PER_KEER) {
                List<Object[]> deel = rijen.subList(van, Math.min(rijen.size(), van + PER_KEER));
                jdbc.batchUpdate("INSERT INTO wijk_zoektekst (proc_inst_id, tekst) VALUES (?, ?)", deel);
                toegevoegd += deel.size();
            }
        } catch (DataAccessException e) {
            LOG.warn("Zoekteksten: {} van {} toegevoegd, de rest bij de volgende start ({})", toegevoegd, rijen.size(), e.getMessage());
        }
        if (toegevoegd > 0 || weg > 0) {
            LOG.info("Zoekteksten: {} zaken toegevoegd, {} verwijderd in {} ms", toegevoegd, weg, (System.nanoTime() - begin) / 1_000_000);
        }
        return toegevoegd;
    }
}

package nl.utrecht.wijkgerichtwerken.dashboard;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen;
import nl.utrecht.wijkgerichtwerken.advies.InformatieverzoekVariabelen;
import nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen;
import nl.utrecht.wijkgerichtwerken.initiatief.InitiatiefVariabelen;
import nl.utrecht.wijkgerichtwerken.zaak.AanvullingsverzoekVariabelen;

/**
 * The process keys, task ids and variable names the dashboard's SQL reads, from the processes' contracts: SQL text
 * names them as {@code {NAAM}} and {@link #sql} puts in the quoted value; an unknown name fails when the class loads.
 */
final class Procesnamen {

    static final List<String> PROCESSEN = List.of(EscalatieVariabelen.PROCES, AdviesVariabelen.PROCES_ADVIES,
            InformatieverzoekVariabelen.PROCES, InitiatiefVariabelen.PROCES);

    private static final Map<String, String> NAMEN = Map.ofEntries(
            Map.entry("ESCALATIE", EscalatieVariabelen.PROCES),
            Map.entry("ADVIES", AdviesVariabelen.PROCES_ADVIES),
            Map.entry("INITIATIEF", InitiatiefVariabelen.PROCES),
            Map.entry("WIJK", EscalatieVariabelen.WIJK),
            Map.entry("DIENST", AdviesVariabelen.DIENST),
            Map.entry("DIENSTEN_TEKST", EscalatieVariabelen.DIENSTEN_TEKST),
            Map.entry("NIVEAU", EscalatieVariabelen.NIVEAU),
            Map.entry("TITEL", EscalatieVariabelen.TITEL),
            Map.entry("ONDERWERP", AdviesVariabelen.ONDERWERP),
            Map.entry("VERSTUURD_OP", AdviesVariabelen.VERSTUURD_OP),
            Map.entry("OP_TIJD", AdviesVariabelen.OP_TIJD),
            Map.entry("EVALUATIE_SCORE", InitiatiefVariabelen.EVALUATIE_SCORE),
            Map.entry("TAAK_INITIATIEF_BESLUIT", InitiatiefVariabelen.TAAK_BESLUIT),
            Map.entry("OPGESCHORT", AanvullingsverzoekVariabelen.OPGESCHORT));

    private static final Pattern NAAM = Pattern.compile("\\{([A-Z_]+)}");

    private Procesnamen() {
    }

    /** {@code sql} with every {@code {NAAM}} replaced by the contract's value in single quotes. */
    static String sql(String sql) {
        Matcher naam = NAAM.matcher(sql);
        StringBuilder uit = new StringBuilder();
        while (naam.find()) {
            String waarde = NAMEN.get(naam.group(1));
            if (waarde == null) {
                throw new IllegalStateException("Onbekende procesnaam in SQL: " + naam.group());
            }
            naam.appendReplacement(uit, Matcher.quoteReplacement("'" + waarde + "'"));
        }
        return naam.appendTail(uit).toString();
    }

    /** The values as a SQL list: {@code 'a', 'b'}. */
    static String lijst(java.util.Collection<String> waarden) {
        return "'" + String.join("', '", waarden) + "'";
    }
}

package nl.utrecht.wijkgerichtwerken.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds English and technical text in what a demo user sees: Camunda's English labels, English weekday and month names
 * (a date picker), untranslated keys ({@code task.assignee}, {@code SET_DUE_DATE}), engine and permission messages,
 * template leftovers and HTTP error codes. Words match whole, case-sensitive (Dutch months are lower case, so
 * "November" is English and "november" Dutch).
 */
final class Taalcontrole {

    /**
     * Camunda's English UI words and phrases, matched as whole words; a word inside an identifier the manager sees as
     * data in Cockpit (an activity id like {@code Task_BesluitDienstdirecteur}) is not a word of the UI.
     */
    static final List<String> ENGELS = List.of(
            "Claim", "Unclaim", "Complete", "Save", "Cancel", "Close", "Add", "Remove", "Delete", "Edit", "Submit",
            "Set follow-up date", "Set due date", "Follow-up date", "Due date", "Follow-up", "Reset",
            "History", "Description", "Form", "Diagram view", "Groups", "Group", "Assignee", "Owner", "Priority",
            "Start process", "Create task", "Keyboard shortcuts", "Log out", "Logout", "Sign out", "My profile",
            "Search", "Sort", "Created", "Name", "Actions", "Action", "Loading", "Error", "Warning", "Success",
            "Tasks", "Task", "Process",
            "Processes", "Variables", "Variable", "Value", "Instances", "Incidents", "Decisions", "Deployments",
            "Running", "Process Instances", "Human Tasks", "Today", "Yesterday", "Tomorrow", "ago", "days", "hours",
            "minutes", "Yes", "No", "Previous", "Next", "Back", "Show", "Hide", "More", "Less", "Refresh",
            "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
            "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
            "Exception", "permission", "Permission", "does not have", "not authorized", "Unauthorized", "Forbidden",
            "Not Found", "Internal Server Error", "Bad Request", "null", "undefined", "NaN", "403", "404", "500");

    /** A translation key the webapps show when a text is missing (CAM_WIDGET_FOOTER_TIMEZONE). */
    static final Pattern VERTAALSLEUTEL = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");
    /** Technical leftovers: engine codes, translation keys, template braces. */
    static final List<Pattern> TECHNISCH = List.of(
            Pattern.compile("ENGINE-\\d*"),
            Pattern.compile("\\btask\\.[a-zA-Z]+"),
            VERTAALSLEUTEL,
            Pattern.compile("\\{\\{|}}"),
            Pattern.compile("\\b[a-z]+(?:\\.[a-z]+)+Exception\\b"));

    /** Product names that stay as they are; removed from a text before it is checked. */
    static final List<String> PRODUCTNAMEN = List.of("Camunda", "Cockpit", "Tasklist", "Admin");

    /**
     * Findings known and not yet fixed: the exact text, and why it is still there. Each entry is a debt reported in the
     * issue; the word list itself stays strict.
     */
    static final Map<String, String> BEKENDE_BEVINDINGEN = new LinkedHashMap<>();

    static {
        BEKENDE_BEVINDINGEN.put("Klik om 'null' te kopiëren", "Cockpit (manager, administrator): the copy tooltip of a"
                + " variable whose value is empty; Cockpit fills the value into the Dutch text CAM_WIDGET_COPY itself,"
                + " so the word null cannot be translated there without dropping the value for all other variables");
    }

    private static final List<Pattern> PATRONEN = Stream.concat(
            ENGELS.stream().map(w -> Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(w) + "(?![\\p{L}\\d_])")),
            TECHNISCH.stream()).toList();

    private Taalcontrole() {
    }

    /** The English or technical fragments in the text, each with some context. */
    static List<String> bevindingen(String tekst) {
        String schoon = tekst;
        for (String naam : PRODUCTNAMEN) {
            schoon = schoon.replace(naam, " ");
        }
        for (String bekend : BEKENDE_BEVINDINGEN.keySet()) {
            schoon = schoon.replace(bekend, " ");
        }
        List<String> gevonden = new ArrayList<>();
        for (Pattern patroon : PATRONEN) {
            Matcher m = patroon.matcher(schoon);
            while (m.find()) {
                int van = Math.max(0, m.start() - 40);
                int tot = Math.min(schoon.length(), m.end() + 40);
                gevonden.add("'" + m.group() + "' in \"" + schoon.substring(van, tot).replaceAll("\\s+", " ") + "\"");
            }
        }
        return gevonden.stream().distinct().collect(Collectors.toList());
    }
}

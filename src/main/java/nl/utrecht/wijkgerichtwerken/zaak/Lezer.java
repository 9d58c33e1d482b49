package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * Who asks for a case file, with his groups; decides which cases he may read (DESIGN §5.6, issue 18 item 4):
 * members of {@code wijk-<wijk>} and {@code wijkbureau-<wijk>} every case of that wijk, {@code vakafdeling-<dienst>}
 * and {@code dienstdirecteur-<dienst>} the cases routed to their dienst, {@code manager} (and the administrator) all.
 * {@link #magLezen} decides for one case; {@link #leestAlles}, {@link #wijken} and {@link #diensten} are the same
 * rule as filters for the list's SQL ({@link Zaakzoekvraag}).
 */
record Lezer(String gebruiker, Set<String> groepen) {

    boolean magLezen(Zaak zaak) {
        if (leestAlles()) {
            return true;
        }
        if (zaak.wijk() != null && wijken().contains(zaak.wijk())) {
            return true;
        }
        List<String> diensten = zaak.diensten();
        return diensten.stream().anyMatch(diensten()::contains);
    }

    boolean leestAlles() {
        return groepen.contains(Groepen.MANAGER) || groepen.contains(Groepen.BEHEERDER);
    }

    /** The wijken whose cases he reads through {@code wijk-<wijk>} or {@code wijkbureau-<wijk>}. */
    Set<String> wijken() {
        return achter(Groepen.wijk(""), Groepen.wijkbureau(""));
    }

    /** The diensten whose cases he reads through {@code vakafdeling-<dienst>} or {@code dienstdirecteur-<dienst>}. */
    Set<String> diensten() {
        return achter(Groepen.vakafdeling(""), Groepen.dienstdirecteur(""));
    }

    private Set<String> achter(String... voorvoegsels) {
        Set<String> slugs = new TreeSet<>();
        for (String groep : groepen) {
            for (String voorvoegsel : voorvoegsels) {
                if (groep.startsWith(voorvoegsel) && groep.length() > voorvoegsel.length()) {
                    slugs.add(groep.substring(voorvoegsel.length()));
                }
            }
        }
        return slugs;
    }
}

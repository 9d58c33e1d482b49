package nl.utrecht.wijkgerichtwerken.organisatie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Read access to the configured wijken, diensten and the groups derived from them. */
@Component
public class Organisatie {

    /** A Camunda group with its Dutch display name. */
    public record Groep(String id, String naam) {
    }

    private final OrganisatieProperties properties;

    Organisatie(OrganisatieProperties properties) {
        this.properties = properties;
    }

    public boolean isWijk(String slug) {
        return slug != null && properties.wijken().containsKey(slug);
    }

    public boolean isDienst(String slug) {
        return slug != null && properties.diensten().containsKey(slug);
    }

    public String wijkNaam(String slug) {
        return properties.wijken().getOrDefault(slug, slug);
    }

    public String dienstNaam(String slug) {
        return properties.diensten().getOrDefault(slug, slug);
    }

    public List<String> wijken() {
        return sorted(properties.wijken());
    }

    public List<String> diensten() {
        return sorted(properties.diensten());
    }

    /** Every group of DESIGN §3, for all configured wijken and diensten. */
    public List<Groep> groepen() {
        List<Groep> groepen = new ArrayList<>();
        groepen.add(new Groep(Groepen.WIJKREGISSEUR, "Wijkregisseurs"));
        groepen.add(new Groep(Groepen.WIJKGARAGE, "Wijkgarage"));
        groepen.add(new Groep(Groepen.ALGEMEEN_DIRECTEUR, "Algemeen directeur"));
        groepen.add(new Groep(Groepen.MANAGER, "Managers"));
        for (String wijk : wijken()) {
            groepen.add(new Groep(Groepen.wijk(wijk), "Wijk " + wijkNaam(wijk)));
            groepen.add(new Groep(Groepen.wijkbureau(wijk), "Wijkbureau " + wijkNaam(wijk)));
        }
        for (String dienst : diensten()) {
            groepen.add(new Groep(Groepen.vakafdeling(dienst), "Vakafdeling " + dienstNaam(dienst)));
            groepen.add(new Groep(Groepen.dienstdirecteur(dienst), "Dienstdirecteur " + dienstNaam(dienst)));
        }
        return groepen;
    }

    private static List<String> sorted(Map<String, String> map) {
        return map.keySet().stream().sorted(Comparator.naturalOrder()).toList();
    }
}

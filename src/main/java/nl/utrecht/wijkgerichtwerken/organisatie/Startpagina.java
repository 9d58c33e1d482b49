package nl.utrecht.wijkgerichtwerken.organisatie;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: in the embedded demo a short Dutch start page (what the system is, where Tasklist, Cockpit and the
 * public pages are, and the demo users with their roles); without demo users straight to Tasklist, as Camunda's
 * own index redirect did.
 */
@Controller
class Startpagina {

    record Demogebruiker(String id, String naam, String rol) {
    }

    private final boolean demo;

    Startpagina(@Value("${wijk.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/")
    String start(Model model) {
        if (!demo) {
            return "redirect:/camunda/app/tasklist/";
        }
        model.addAttribute("gebruikers", gebruikers());
        model.addAttribute("wachtwoord", DemoGebruikers.WACHTWOORD);
        return "start";
    }

    /** "Anna", "de Vries (wijkregisseur Oost)" → Anna de Vries, wijkregisseur Oost. */
    static List<Demogebruiker> gebruikers() {
        return DemoGebruikers.GEBRUIKERS.stream().map(d -> {
            String achternaam = d.achternaam();
            int haakje = achternaam.indexOf(" (");
            String naam = d.voornaam() + " " + (haakje < 0 ? achternaam : achternaam.substring(0, haakje));
            String rol = haakje < 0 ? "" : achternaam.substring(haakje + 2, achternaam.length() - 1);
            return new Demogebruiker(d.id(), naam, rol);
        }).toList();
    }
}

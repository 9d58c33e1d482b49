package nl.utrecht.wijkgerichtwerken.organisatie;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of the embedded default (password "demo"), one or more per role. Only active with
 * {@code wijk.demo.enabled=true}; the postgres profile switches it off. Listed in the README.
 */
@Component
@ConditionalOnProperty(name = "wijk.demo.enabled", havingValue = "true")
class DemoGebruikers {

    static final String WACHTWOORD = "demo";

    record Demo(String id, String voornaam, String achternaam, List<String> groepen) {
    }

    static final List<Demo> GEBRUIKERS = List.of(
            new Demo("anna", "Anna", "de Vries (wijkregisseur Oost)",
                    List.of(Groepen.WIJKREGISSEUR, Groepen.wijk("oost"))),
            new Demo("karim", "Karim", "El Amrani (wijkregisseur Overvecht)",
                    List.of(Groepen.WIJKREGISSEUR, Groepen.wijk("overvecht"))),
            new Demo("bram", "Bram", "Jansen (wijkbureau Oost)",
                    List.of(Groepen.wijkbureau("oost"), Groepen.wijk("oost"))),
            new Demo("carla", "Carla", "Smit (wijkbureau Oost)",
                    List.of(Groepen.wijkbureau("oost"), Groepen.wijk("oost"))),
            new Demo("daan", "Daan", "Bakker (vakafdeling StadsOntwikkeling)",
                    List.of(Groepen.vakafdeling("so"))),
            new Demo("eva", "Eva", "Visser (vakafdeling Stadswerken)",
                    List.of(Groepen.vakafdeling("sw"))),
            new Demo("femke", "Femke", "de Boer (dienstdirecteur StadsOntwikkeling)",
                    List.of(Groepen.dienstdirecteur("so"))),
            new Demo("gert", "Gert", "Mulder (dienstdirecteur Stadswerken)",
                    List.of(Groepen.dienstdirecteur("sw"))),
            new Demo("hanna", "Hanna", "de Groot (wijkgarage)",
                    List.of(Groepen.WIJKGARAGE)),
            new Demo("ivo", "Ivo", "Bos (algemeen directeur)",
                    List.of(Groepen.ALGEMEEN_DIRECTEUR)),
            new Demo("jet", "Jet", "Meijer (manager)",
                    List.of(Groepen.MANAGER)));

    private static final Logger LOG = LoggerFactory.getLogger(DemoGebruikers.class);

    private final IdentityService identityService;

    DemoGebruikers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(30)
    void richtIn() {
        for (Demo demo : GEBRUIKERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.voornaam());
                user.setLastName(demo.achternaam());
                user.setEmail(demo.id() + "@utrecht.example");
                user.setPassword(WACHTWOORD);
                identityService.saveUser(user);
            }
            for (String groep : demo.groepen()) {
                if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(groep).count() == 0) {
                    identityService.createMembership(demo.id(), groep);
                }
            }
        }
        LOG.info("Demo-gebruikers ingericht ({}), wachtwoord '{}'", GEBRUIKERS.size(), WACHTWOORD);
    }
}

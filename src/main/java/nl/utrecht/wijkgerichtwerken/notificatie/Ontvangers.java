package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns recipient entries into mail addresses: a plain address, {@code gebruiker:<id>} or
 * {@code groep:<id>} (the members' addresses from the Camunda identity service). Entries without an
 * address are skipped and logged; duplicates are removed.
 */
@Component
class Ontvangers {

    private static final Logger LOG = LoggerFactory.getLogger(Ontvangers.class);

    private final IdentityService identityService;

    Ontvangers(IdentityService identityService) {
        this.identityService = identityService;
    }

    static List<String> alsLijst(Object aan) {
        List<String> lijst = new java.util.ArrayList<>();
        if (aan instanceof Collection<?> collectie) {
            collectie.forEach(e -> lijst.addAll(alsLijst(e)));
        } else if (aan != null) {
            for (String deel : aan.toString().split("[,;]")) {
                if (!deel.isBlank()) {
                    lijst.add(deel.trim());
                }
            }
        }
        return lijst;
    }

    Set<String> adressen(List<String> aan) {
        Set<String> adressen = new LinkedHashSet<>();
        for (String ontvanger : aan) {
            if (ontvanger.startsWith("gebruiker:")) {
                voegToe(adressen, identityService.createUserQuery().userId(ontvanger.substring(10)).singleResult(), ontvanger);
            } else if (ontvanger.startsWith("groep:")) {
                List<User> leden = identityService.createUserQuery().memberOfGroup(ontvanger.substring(6)).list();
                if (leden.isEmpty()) {
                    LOG.info("Mail: groep {} heeft geen leden", ontvanger);
                }
                leden.forEach(lid -> voegToe(adressen, lid, ontvanger));
            } else if (ontvanger.contains("@")) {
                adressen.add(ontvanger);
            } else {
                LOG.info("Mail: ontvanger '{}' overgeslagen (geen adres)", ontvanger);
            }
        }
        return adressen;
    }

    private static void voegToe(Set<String> adressen, User gebruiker, String ontvanger) {
        if (gebruiker == null || gebruiker.getEmail() == null || gebruiker.getEmail().isBlank()) {
            LOG.info("Mail: {} heeft geen e-mailadres, overgeslagen", gebruiker == null ? ontvanger : gebruiker.getId());
            return;
        }
        adressen.add(gebruiker.getEmail());
    }
}

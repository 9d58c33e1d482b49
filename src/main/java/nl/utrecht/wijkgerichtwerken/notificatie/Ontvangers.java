package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns recipient entries into mail addresses: a plain address (strict form, {@link Emailadres}),
 * {@code gebruiker:<id>} or {@code groep:<id>} (the members' addresses from the Camunda identity service).
 * Which entries a mail step may have depends on where they come from ({@link Ontvangerbron}): groups and users only
 * from the model or the project's code, an outsider's address only as itself. Entries without an address are
 * skipped and logged; duplicates are removed.
 */
@Component
class Ontvangers {

    private static final Logger LOG = LoggerFactory.getLogger(Ontvangers.class);

    private static final Pattern GROEP = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern GEBRUIKER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final IdentityService identityService;

    Ontvangers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The entries of a mail step's {@code aan}, according to where the model says they come from. */
    static List<String> uit(Ontvangerbron bron, Object aan) {
        return switch (bron) {
            case MODEL -> alsLijst(aan);
            case SJABLOON -> aan == null ? List.of() : List.of(aan.toString().trim());
            case ZAAKVARIABELE -> buitenAdres(aan);
        };
    }

    /** A list written in the model or computed by the project's code: split on {@code ,} and {@code ;}. */
    static List<String> alsLijst(Object aan) {
        List<String> lijst = new ArrayList<>();
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

    /** An outsider's address from a case variable: exactly that one address, or nobody. */
    static List<String> buitenAdres(Object aan) {
        if (aan == null || aan.toString().isBlank()) {
            LOG.info("Mail: geen adres opgegeven, niet verstuurd");
            return List.of();
        }
        String adres = aan.toString();
        if (!(aan instanceof String) || !Emailadres.geldig(adres)) {
            LOG.warn("Mail niet verstuurd: '{}' is niet precies één geldig e-mailadres (lijsten, groepen en gebruikers "
                    + "worden uit een zaakvariabele nooit overgenomen)", adres.replaceAll("\\p{Cntrl}", "?"));
            return List.of();
        }
        return List.of(adres);
    }

    Set<String> adressen(List<String> aan) {
        Set<String> adressen = new LinkedHashSet<>();
        for (String ontvanger : aan) {
            if (ontvanger.startsWith("gebruiker:") && GEBRUIKER.matcher(ontvanger.substring(10)).matches()) {
                voegToe(adressen, identityService.createUserQuery().userId(ontvanger.substring(10)).singleResult(), ontvanger);
            } else if (ontvanger.startsWith("groep:") && GROEP.matcher(ontvanger.substring(6)).matches()) {
                List<User> leden = identityService.createUserQuery().memberOfGroup(ontvanger.substring(6)).list();
                if (leden.isEmpty()) {
                    LOG.info("Mail: groep {} heeft geen leden", ontvanger);
                }
                leden.forEach(lid -> voegToe(adressen, lid, ontvanger));
            } else if (Emailadres.geldig(ontvanger)) {
                adressen.add(ontvanger);
            } else {
                LOG.warn("Mail: ontvanger '{}' overgeslagen (geen geldig adres, gebruiker of groep)",
                        ontvanger.replaceAll("\\p{Cntrl}", "?"));
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

package nl.utrecht.wijkgerichtwerken.inloggen;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each official as of the last login in Camunda's own user and membership tables: name and e-mail from the
 * token, memberships exactly the mapped groups of the token. The engine then finds group members for the mails and
 * the weekly digest as before (IdentityService queries), without a second connection to the directory. Someone who
 * has never logged in receives no group mails; a membership removed in the directory ends at the next login.
 */
final class GebruikersBijInloggen {

    private static final Logger LOG = LoggerFactory.getLogger(GebruikersBijInloggen.class);

    private final IdentityService identityService;

    GebruikersBijInloggen(IdentityService identityService) {
        this.identityService = identityService;
    }

    record Gebruiker(String id, String voornaam, String achternaam, String email, List<String> groepen) {
    }

    synchronized void legVast(Gebruiker gebruiker) {
        User user = identityService.createUserQuery().userId(gebruiker.id()).singleResult();
        boolean nieuw = user == null;
        if (nieuw) {
            user = identityService.newUser(gebruiker.id());
        }
        if (nieuw || verschilt(user.getFirstName(), gebruiker.voornaam()) || verschilt(user.getLastName(), gebruiker.achternaam())
                || verschilt(user.getEmail(), gebruiker.email())) {
            user.setFirstName(gebruiker.voornaam());
            user.setLastName(gebruiker.achternaam());
            user.setEmail(gebruiker.email());
            identityService.saveUser(user);
        }
        Set<String> huidig = new HashSet<>();
        for (Group groep : identityService.createGroupQuery().groupMember(gebruiker.id()).list()) {
            huidig.add(groep.getId());
        }
        for (String groep : huidig) {
            if (!gebruiker.groepen().contains(groep)) {
                identityService.deleteMembership(gebruiker.id(), groep);
            }
        }
        for (String groep : gebruiker.groepen()) {
            if (!huidig.contains(groep) && identityService.createGroupQuery().groupId(groep).count() > 0) {
                identityService.createMembership(gebruiker.id(), groep);
            }
        }
        LOG.info("Ingelogd via de identiteitsprovider: {} (groepen {})", gebruiker.id(), gebruiker.groepen());
    }

    private static boolean verschilt(String a, String b) {
        return a == null ? b != null : !a.equals(b);
    }
}

package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * For a process's own actions on the case file ({@code /api/zaken/{zaaknummer}/...}): who asks, and the case with
 * that number if he may read it (the same rule as the file itself, so an unknown number and a forbidden case answer
 * alike). The login is checked by the case API's filter before any action runs.
 */
@Component
public class Zaakinzage {

    /** A case the user may read: its engine instance, process key and whether it is still open. */
    public record Inzage(String gebruiker, Set<String> groepen, String instantie, String proces, boolean open) {
    }

    private final Lezers lezers;
    private final Zaken zaken;

    Zaakinzage(Lezers lezers, Zaken zaken) {
        this.lezers = lezers;
        this.zaken = zaken;
    }

    public Optional<Inzage> zaak(HttpServletRequest verzoek, String zaaknummer) {
        Lezer lezer = lezers.van(verzoek);
        if (lezer == null || zaaknummer == null) {
            return Optional.empty();
        }
        return zaken.zaak(lezer, zaaknummer).map(zaak -> new Inzage(lezer.gebruiker(), Set.copyOf(lezer.groepen()),
                zaak.instantie(), zaak.proces(), "open".equals(zaak.status())));
    }
}

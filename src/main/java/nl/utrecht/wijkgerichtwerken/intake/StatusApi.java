package nl.utrecht.wijkgerichtwerken.intake;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/status/{zaaknummer}?token=…}: the status of a case for whoever holds its link. An
 * unknown number and a wrong token give the same 404.
 */
@RestController
class StatusApi {

    /** Unknown case or wrong token; deliberately indistinguishable. */
    static class NietGevonden extends RuntimeException {
        NietGevonden() {
            super("Zaak niet gevonden");
        }
    }

    private final Statusoverzicht overzicht;

    StatusApi(Statusoverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping(path = "/api/status/{zaaknummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    Statusoverzicht.Status status(@PathVariable String zaaknummer, @RequestParam(required = false) String token) {
        return overzicht.voor(zaaknummer, token).orElseThrow(NietGevonden::new);
    }
}

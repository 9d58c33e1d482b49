package nl.utrecht.wijkgerichtwerken.intake;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * {@code POST /api/status/{zaaknummer}/aanvulling?token=…} with {@code {"tekst": "…"}}: the submitter answers a request
 * for more information (issue 22). 200 with the status; unknown number or wrong token 404; no open request 409; bad
 * input a Dutch 400 problem+json naming the field.
 */
@RestController
class AanvullingApi {

    private final Aanvulling aanvulling;
    private final Statusoverzicht overzicht;
    private final Statusvoortgang voortgang;

    AanvullingApi(Aanvulling aanvulling, Statusoverzicht overzicht, Statusvoortgang voortgang) {
        this.aanvulling = aanvulling;
        this.overzicht = overzicht;
        this.voortgang = voortgang;
    }

    @PostMapping(path = "/api/status/{zaaknummer}/aanvulling", produces = MediaType.APPLICATION_JSON_VALUE)
    Statusvoortgang.Statusantwoord geef(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
            @RequestBody Map<String, Object> invoer) {
        overzicht.zaak(zaaknummer, token).orElseThrow(StatusApi.NietGevonden::new);
        List<String> onbekend = invoer.keySet().stream().filter(veld -> !"tekst".equals(veld)).sorted().toList();
        if (!onbekend.isEmpty()) {
            throw new OngeldigeInvoerException("Uw aanvulling is niet opgeslagen.", onbekend.stream()
                    .map(veld -> new OngeldigeInvoerException.Veldfout(veld.length() > 50 ? veld.substring(0, 50) + "…" : veld,
                            "onbekend veld; stuur alleen tekst"))
                    .toList());
        }
        aanvulling.geef(zaaknummer, token, invoer.get("tekst"));
        return voortgang.voor(zaaknummer, token).orElseThrow(StatusApi.NietGevonden::new);
    }
}

package nl.utrecht.wijkgerichtwerken.intake;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.utrecht.wijkgerichtwerken.config.Clientadres;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * A wijkplatform's request for advice (issue 21): {@code GET /api/adviesaanvragen/{zaaknummer}?token=…} and
 * {@code POST …/antwoord?token=…} with {@code {"besluit": "aanvaard"|"afgewezen", "reden": "…"}}, answered once (then
 * 409). Unknown number or wrong token: the same 404; bad input a Dutch 400 problem+json naming the field. Answers count
 * against the client's public submissions, refusals (also a 404) against its refused ones
 * ({@link Snelheidsbegrenzer}).
 */
@RestController
class AdviesaanvraagApi {

    private final Adviesaanvragen aanvragen;
    private final Snelheidsbegrenzer begrenzer;
    private final Clientadres clientadres;

    AdviesaanvraagApi(Adviesaanvragen aanvragen, Snelheidsbegrenzer begrenzer, Clientadres clientadres) {
        this.aanvragen = aanvragen;
        this.begrenzer = begrenzer;
        this.clientadres = clientadres;
    }

    @GetMapping(path = "/api/adviesaanvragen/{zaaknummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    Adviesaanvragen.Aanvraag lees(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
            HttpServletRequest verzoek) {
        return aanvragen.lees(zaaknummer, token).orElseThrow(() -> {
            begrenzer.geweigerd(clientadres.van(verzoek));
            return new StatusApi.NietGevonden();
        });
    }

    @PostMapping(path = "/api/adviesaanvragen/{zaaknummer}/antwoord", produces = MediaType.APPLICATION_JSON_VALUE)
    Adviesaanvragen.Aanvraag antwoord(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
            @RequestBody Map<String, Object> invoer, HttpServletRequest verzoek) {
        String client = clientadres.van(verzoek);
        begrenzer.controleer(client);
        try {
            return aanvragen.beantwoord(zaaknummer, token, invoer);
        } catch (OngeldigeInvoerException | StatusApi.NietGevonden | Adviesaanvragen.AlBeantwoord geweigerd) {
            begrenzer.teruggeven(client);
            begrenzer.geweigerd(client);
            throw geweigerd;
        }
    }
}

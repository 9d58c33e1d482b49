package nl.utrecht.wijkgerichtwerken.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen;
import nl.utrecht.wijkgerichtwerken.config.Clientadres;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * The wijkplatform's page of a request for advice (issue 21): {@code GET /adviesaanvraag/{zaaknummer}?token=…} shows
 * the question and the choice, {@code POST …/antwoord?token=…} (fields {@code besluit}, {@code reden}) records it and
 * goes back to the page; once accepted the page links to the advice form with the request attached. Without the right
 * token nobody can see or answer the request, so a form posted from another site (which cannot know it) is refused like
 * any wrong link: the page's one "not found". Refusals next to the field with what was typed kept.
 */
@Controller
class AdviesaanvraagPagina {

    private static final String PAD = "/adviesaanvraag/{zaaknummer}";

    private final Adviesaanvragen aanvragen;
    private final Snelheidsbegrenzer begrenzer;
    private final Clientadres clientadres;

    AdviesaanvraagPagina(Adviesaanvragen aanvragen, Snelheidsbegrenzer begrenzer, Clientadres clientadres) {
        this.aanvragen = aanvragen;
        this.begrenzer = begrenzer;
        this.clientadres = clientadres;
    }

    @GetMapping(PAD)
    ModelAndView pagina(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
            @RequestParam(required = false) String beantwoord, HttpServletRequest verzoek) {
        try {
            return aanvragen.lees(zaaknummer, token).map(aanvraag -> pagina(aanvraag, token, Map.of(), Map.of(), "ja".equals(beantwoord)))
                    .orElseGet(() -> {
                        begrenzer.geweigerd(clientadres.van(verzoek));
                        return StatusPagina.nietGevonden();
                    });
        } catch (Snelheidsbegrenzer.TeVeelVerzoeken teVeel) {
            return StatusPagina.nietGevonden();
        }
    }

    @PostMapping(PAD + "/antwoord")
    ModelAndView antwoord(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
            @RequestParam(required = false) String besluit, @RequestParam(required = false) String reden,
            HttpServletRequest verzoek, HttpServletResponse antwoord) {
        String client = clientadres.van(verzoek);
        Map<String, Object> invoer = new LinkedHashMap<>();
        invoer.put(AdviesaanvraagVariabelen.BESLUIT, besluit);
        invoer.put(AdviesaanvraagVariabelen.REDEN, reden);
        try {
            begrenzer.controleer(client);
            try {
                aanvragen.beantwoord(zaaknummer, token, invoer);
            } catch (RuntimeException geweigerd) {
                begrenzer.teruggeven(client);
                begrenzer.geweigerd(client);
                throw geweigerd;
            }
        } catch (StatusApi.NietGevonden onbekend) {
            return StatusPagina.nietGevonden();
        } catch (Snelheidsbegrenzer.TeVeelVerzoeken teVeel) {
            antwoord.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(teVeel.wachtSeconden));
            return opnieuw(zaaknummer, token, Map.of("besluit", List.of(teVeel.getMessage())), invoer, HttpStatus.TOO_MANY_REQUESTS);
        } catch (Adviesaanvragen.AlBeantwoord al) {
            return opnieuw(zaaknummer, token, Map.of("besluit", List.of(al.getMessage())), invoer, HttpStatus.CONFLICT);
        } catch (OngeldigeInvoerException fout) {
            return opnieuw(zaaknummer, token, Formulierantwoord.perVeld(fout), invoer, HttpStatus.BAD_REQUEST);
        }
        return Formulierantwoord.terug(PAD, zaaknummer, token, "beantwoord");
    }

    private ModelAndView opnieuw(String zaaknummer, String token, Map<String, List<String>> fouten, Map<String, Object> invoer,
            HttpStatus status) {
        ModelAndView pagina = aanvragen.lees(zaaknummer, token).map(a -> pagina(a, token, fouten, invoer, false))
                .orElseGet(StatusPagina::nietGevonden);
        pagina.setStatus(status);
        return pagina;
    }

    private static ModelAndView pagina(Adviesaanvragen.Aanvraag aanvraag, String token, Map<String, List<String>> fouten,
            Map<String, ?> ingevuld, boolean beantwoord) {
        ModelAndView pagina = new ModelAndView("intake/adviesaanvraag");
        pagina.addObject("aanvraag", aanvraag);
        pagina.addObject("token", token);
        pagina.addObject("fouten", fouten);
        pagina.addObject("ingevuld", ingevuld);
        pagina.addObject("beantwoord", beantwoord);
        pagina.addObject("adviesformulier", UriComponentsBuilder.fromPath("/advies")
                .queryParam(AdviesaanvraagVariabelen.ADVIESAANVRAAG, aanvraag.zaaknummer()).queryParam("token", token)
                .encode().toUriString());
        return pagina;
    }
}

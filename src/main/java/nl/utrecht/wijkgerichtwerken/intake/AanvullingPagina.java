package nl.utrecht.wijkgerichtwerken.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import nl.utrecht.wijkgerichtwerken.zaak.Aanvullingsverzoeken;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * The answer form on the status page ({@code POST /status/{zaaknummer}/aanvulling?token=…}, field {@code tekst}, issue
 * 22): refusals next to the field with what was typed kept; after sending back to the status page, which thanks the
 * submitter. An unknown number or wrong token, or no open request: the page's one "not found".
 */
@Controller
class AanvullingPagina {

    private final Aanvulling aanvulling;
    private final StatusPagina statusPagina;

    AanvullingPagina(Aanvulling aanvulling, StatusPagina statusPagina) {
        this.aanvulling = aanvulling;
        this.statusPagina = statusPagina;
    }

    @PostMapping("/status/{zaaknummer}/aanvulling")
    ModelAndView geef(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
            @RequestParam(required = false) String tekst) {
        try {
            aanvulling.geef(zaaknummer, token, tekst == null ? "" : tekst);
        } catch (StatusApi.NietGevonden | Aanvullingsverzoeken.GeenOpenVerzoek geenVraag) {
            return StatusPagina.nietGevonden();
        } catch (OngeldigeInvoerException fout) {
            Map<String, String> ingevuld = new LinkedHashMap<>();
            ingevuld.put("tekst", tekst);
            ModelAndView pagina = statusPagina.pagina(zaaknummer, token, Formulierantwoord.perVeld(fout), ingevuld);
            pagina.setStatus(HttpStatus.BAD_REQUEST);
            return pagina;
        }
        return Formulierantwoord.terug(StatusPagina.PAD, zaaknummer, token, "aangevuld");
    }
}

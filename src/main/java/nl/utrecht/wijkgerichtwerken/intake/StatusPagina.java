package nl.utrecht.wijkgerichtwerken.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * {@code /status/{zaaknummer}?token=…}: the status of a case as a page for the wijkplatform or
 * initiatiefnemer (no JavaScript, text escaped by Thymeleaf), with the evaluation form when an
 * initiative asks for it. Unknown number or wrong token: the same 404 page.
 */
@Controller
class StatusPagina {

    /** The status page's address; the forms on it come back here. */
    static final String PAD = "/status/{zaaknummer}";

    private final Statusvoortgang overzicht;
    private final Evaluatie evaluatie;

    StatusPagina(Statusvoortgang overzicht, Evaluatie evaluatie) {
        this.overzicht = overzicht;
        this.evaluatie = evaluatie;
    }

    @GetMapping(PAD)
    ModelAndView status(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
                        @RequestParam(required = false) String ontvangen, @RequestParam(required = false) String geevalueerd,
                        @RequestParam(required = false) String toegevoegd, @RequestParam(required = false) String aangevuld) {
        ModelAndView pagina = pagina(zaaknummer, token, Map.of(), Map.of());
        pagina.addObject("aangevuld", aangevuld != null);
        pagina.addObject("toegevoegd", toegevoegd != null);
        pagina.addObject("ontvangen", ontvangen != null);
        pagina.addObject("geevalueerd", geevalueerd != null);
        return pagina;
    }

    @PostMapping("/status/{zaaknummer}/evaluatie")
    ModelAndView evalueer(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
                          @RequestParam(required = false) String evaluatieScore,
                          @RequestParam(required = false) String evaluatieToelichting) {
        try {
            evaluatie.geef(zaaknummer, token, evaluatieScore, evaluatieToelichting);
        } catch (Evaluatie.NietGevraagd | Evaluatie.AlGegeven geenEvaluatie) {
            // the page keeps its one answer for "no evaluation (any more)"; the API tells a double submit apart (409)
            return nietGevonden();
        } catch (OngeldigeInvoerException fout) {
            Map<String, String> ingevuld = new LinkedHashMap<>();
            ingevuld.put("evaluatieScore", evaluatieScore);
            ingevuld.put("evaluatieToelichting", evaluatieToelichting);
            ModelAndView pagina = pagina(zaaknummer, token, Formulierantwoord.perVeld(fout), ingevuld);
            pagina.setStatus(HttpStatus.BAD_REQUEST);
            return pagina;
        }
        return Formulierantwoord.terug(PAD, zaaknummer, token, "geevalueerd");
    }

    ModelAndView pagina(String zaaknummer, String token, Map<String, List<String>> fouten, Map<String, String> ingevuld) {
        return overzicht.voor(zaaknummer, token)
                .map(antwoord -> {
                    ModelAndView pagina = new ModelAndView("status", "status", antwoord.status());
                    pagina.addObject("voortgang", antwoord.voortgang());
                    pagina.addObject("token", token);
                    pagina.addObject("fouten", fouten);
                    pagina.addObject("ingevuld", ingevuld);
                    pagina.addObject("ontvangen", false);
                    pagina.addObject("geevalueerd", false);
                    pagina.addObject("aangevuld", false);
                    return pagina;
                })
                .orElseGet(StatusPagina::nietGevonden);
    }

    static ModelAndView nietGevonden() {
        ModelAndView nietGevonden = new ModelAndView("status-niet-gevonden");
        nietGevonden.setStatus(HttpStatus.NOT_FOUND);
        return nietGevonden;
    }
}

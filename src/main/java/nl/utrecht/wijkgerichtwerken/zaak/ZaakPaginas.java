package nl.utrecht.wijkgerichtwerken.zaak;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages "Zaken" (the list of the cases one may read) and "Zaak" (one case file) for officials, in Tasklist's
 * look, on the webapps' session: the page itself reads {@code /api/zaken} (scripts/zaakpagina.js). Without a login a
 * Dutch page points to the Takenlijst; an unknown number or a case one may not read answers a Dutch 404 page.
 */
@Controller
class ZaakPaginas {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final ProcessEngine engine;
    private final Lezers lezers;
    private final Zaken zaken;

    ZaakPaginas(ProcessEngine engine, Lezers lezers, Zaken zaken) {
        this.engine = engine;
        this.lezers = lezers;
        this.zaken = zaken;
    }

    @GetMapping({"/zaken", "/zaken/"})
    ModelAndView lijst(HttpServletRequest verzoek, HttpServletResponse antwoord) {
        return pagina(verzoek, antwoord, null);
    }

    @GetMapping("/zaken/{zaaknummer}")
    ModelAndView dossier(@PathVariable String zaaknummer, HttpServletRequest verzoek, HttpServletResponse antwoord) {
        return pagina(verzoek, antwoord, zaaknummer);
    }

    private ModelAndView pagina(HttpServletRequest verzoek, HttpServletResponse antwoord, String zaaknummer) {
        antwoord.setHeader("Content-Security-Policy", CSP);
        antwoord.setHeader("X-Frame-Options", "DENY");
        antwoord.setHeader("X-Content-Type-Options", "nosniff");
        antwoord.setHeader("Referrer-Policy", "same-origin");
        antwoord.setHeader("Cache-Control", "no-store");
        String gebruiker = Webappgebruiker.van(verzoek, engine);
        if (gebruiker != null) {
            verzoek.setAttribute(Lezers.GEBRUIKER, gebruiker);
        }
        Lezer lezer = lezers.van(verzoek);
        if (lezer == null) {
            ModelAndView inloggen = new ModelAndView("zaak/niet-ingelogd");
            inloggen.setStatus(HttpStatus.UNAUTHORIZED);
            return inloggen;
        }
        ModelAndView pagina = new ModelAndView("zaak/zaken");
        pagina.addObject("csrf", Webappgebruiker.csrfToken(verzoek));
        pagina.addObject("zaaknummer", zaaknummer);
        if (zaaknummer != null && (zaaknummer.length() > 40 || zaken.zaak(lezer, zaaknummer).isEmpty())) {
            pagina.addObject("zaaknummer", null);
            pagina.addObject("onbekend", true);
            pagina.setStatus(HttpStatus.NOT_FOUND);
        }
        return pagina;
    }
}

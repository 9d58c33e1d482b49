package nl.utrecht.wijkgerichtwerken.intake;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /status/{zaaknummer}?token=…}: the status of a case as a page for the wijkplatform or
 * initiatiefnemer (no JavaScript, text escaped by Thymeleaf). Unknown number or wrong token: the same 404 page.
 */
@Controller
class StatusPagina {

    private final Statusoverzicht overzicht;

    StatusPagina(Statusoverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping("/status/{zaaknummer}")
    ModelAndView status(@PathVariable String zaaknummer, @RequestParam(required = false) String token) {
        return overzicht.voor(zaaknummer, token)
                .map(status -> new ModelAndView("status", "status", status))
                .orElseGet(() -> {
                    ModelAndView nietGevonden = new ModelAndView("status-niet-gevonden");
                    nietGevonden.setStatus(HttpStatus.NOT_FOUND);
                    return nietGevonden;
                });
    }

}

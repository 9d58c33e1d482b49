package nl.utrecht.wijkgerichtwerken.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/** What the public pages' forms answer: the refusals per field, or back to the page with what came in. */
final class Formulierantwoord {

    private Formulierantwoord() {
    }

    /** The refusal's messages by field, in the order of the fields, for the page to show next to each field. */
    static Map<String, List<String>> perVeld(OngeldigeInvoerException fout) {
        Map<String, List<String>> fouten = new LinkedHashMap<>();
        fout.fouten().forEach(f -> fouten.computeIfAbsent(f.veld(), v -> new ArrayList<>()).add(f.melding()));
        return fouten;
    }

    /**
     * After an accepted form: 303 to {@code pad} (with {@code {zaaknummer}}) and its token, with {@code bevestiging=ja}
     * so that the page says what came in, and a reload does not send the form again.
     */
    static ModelAndView terug(String pad, String zaaknummer, String token, String bevestiging) {
        String adres = UriComponentsBuilder.fromPath(pad).queryParam("token", token).queryParam(bevestiging, "ja")
                .buildAndExpand(zaaknummer).encode().toUriString();
        RedirectView naarPagina = new RedirectView(adres, true);
        naarPagina.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(naarPagina);
    }
}

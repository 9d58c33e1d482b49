package nl.utrecht.wijkgerichtwerken.intake;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import nl.utrecht.wijkgerichtwerken.config.Clientadres;
import nl.utrecht.wijkgerichtwerken.zaak.Documenten;
import nl.utrecht.wijkgerichtwerken.organisatie.Organisatie;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * The public submission pages {@code /advies}, {@code /initiatief} and {@code /informatieverzoek}: the
 * same fields and server-side rules as the API, plain HTML forms that work without JavaScript, refusals
 * shown next to the fields, and after a submission a redirect to the case's status page.
 */
@Controller
class IntakePaginas {

    /** One refusal as the page shows it: in the summary at the top and next to its field. */
    record Melding(String veld, String label, String melding) {
    }

    static final Map<String, String> HULPSOORTEN = hulpsoorten();

    private final Intake intake;
    private final Snelheidsbegrenzer begrenzer;
    private final Clientadres clientadres;
    private final Organisatie organisatie;
    private final Documenten documenten;

    IntakePaginas(Intake intake, Snelheidsbegrenzer begrenzer, Clientadres clientadres, Organisatie organisatie,
            Documenten documenten) {
        this.documenten = documenten;
        this.intake = intake;
        this.begrenzer = begrenzer;
        this.clientadres = clientadres;
        this.organisatie = organisatie;
    }

    @GetMapping("/{pagina:advies|initiatief|informatieverzoek}")
    ModelAndView formulier(@PathVariable String pagina, @RequestParam(required = false) String adviesaanvraag,
            @RequestParam(required = false) String token) {
        MultiValueMap<String, String> formulier = new LinkedMultiValueMap<>();
        if ("advies".equals(pagina) && adviesaanvraag != null && token != null) {
            // issue 21: the advice answers an accepted request; the start rules check the number and token
            formulier.add(nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen.ADVIESAANVRAAG, adviesaanvraag);
            formulier.add(nl.utrecht.wijkgerichtwerken.advies.AdviesaanvraagVariabelen.ADVIESAANVRAAG_SLEUTEL, token);
            formulier.add(nl.utrecht.wijkgerichtwerken.advies.AdviesVariabelen.SOORT, "gevraagd");
        }
        return pagina(Zaaksoort.vanPagina(pagina), formulier, List.of(), UUID.randomUUID().toString());
    }

    @PostMapping(path = "/{pagina:advies|initiatief|informatieverzoek}",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    ModelAndView dien(@PathVariable String pagina, @RequestParam MultiValueMap<String, String> formulier,
                      HttpServletRequest verzoek, HttpServletResponse antwoord) {
        Zaaksoort soort = Zaaksoort.vanPagina(pagina);
        String sleutel = formulier.getFirst("sleutel");
        String client = clientadres.van(verzoek);
        try {
            begrenzer.controleer(client);
            Intake.Ontvangen ontvangen;
            var bijlagen = verzoek instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart
                    ? multipart.getFiles(Documenten.VELD) : List.<org.springframework.web.multipart.MultipartFile>of();
            try {
                documenten.controleerBijlagen(bijlagen);
                ontvangen = intake.dien(soort, Formulierinvoer.invoer(soort, formulier), sleutel == null || sleutel.isBlank() ? null : sleutel);
                documenten.voegBijlagenToe(ontvangen.zaaknummer(), bijlagen, StatusDocumentenApi.INDIENER);
            } catch (OngeldigeInvoerException | Idempotentie.AndereInhoud geweigerd) {
                // counted with the refused submissions, not the accepted ones (429 when those are used up)
                begrenzer.teruggeven(client);
                begrenzer.geweigerd(client);
                throw geweigerd;
            }
            URI status = URI.create(ontvangen.statusUrl());
            RedirectView naarStatus = new RedirectView(status.getRawPath() + "?" + status.getRawQuery() + "&ontvangen=ja", true);
            naarStatus.setStatusCode(HttpStatus.SEE_OTHER);
            return new ModelAndView(naarStatus);
        } catch (OngeldigeInvoerException fout) {
            List<Melding> meldingen = new ArrayList<>();
            fout.fouten().forEach(f -> meldingen.add(new Melding(Formulierinvoer.veld(f.veld()), f.veld(), f.melding())));
            ModelAndView opnieuw = pagina(soort, formulier, meldingen, sleutel);
            opnieuw.setStatus(HttpStatus.BAD_REQUEST);
            return opnieuw;
        } catch (Idempotentie.AndereInhoud fout) {
            // the page's one-time key came back with other fields (sent, then changed via Back): a fresh key
            ModelAndView opnieuw = pagina(soort, formulier, List.of(new Melding(null, "Al verstuurd",
                    "Dit formulier is al verstuurd met andere gegevens. Controleer uw gegevens en verstuur het opnieuw.")),
                    UUID.randomUUID().toString());
            opnieuw.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return opnieuw;
        } catch (Snelheidsbegrenzer.TeVeelVerzoeken fout) {
            antwoord.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(fout.wachtSeconden));
            ModelAndView opnieuw = pagina(soort, formulier, List.of(new Melding(null, "Te veel aanvragen", fout.getMessage())), sleutel);
            opnieuw.setStatus(HttpStatus.TOO_MANY_REQUESTS);
            return opnieuw;
        }
    }

    private ModelAndView pagina(Zaaksoort soort, MultiValueMap<String, String> formulier, List<Melding> meldingen, String sleutel) {
        Map<String, List<String>> perVeld = new LinkedHashMap<>();
        meldingen.stream().filter(m -> m.veld() != null)
                .forEach(m -> perVeld.computeIfAbsent(m.veld(), v -> new ArrayList<>()).add(m.melding()));
        Map<String, String> wijken = new LinkedHashMap<>();
        organisatie.wijken().forEach(wijk -> wijken.put(wijk, organisatie.wijkNaam(wijk)));
        ModelAndView pagina = new ModelAndView("intake/" + soort.pagina());
        pagina.addObject("formulier", formulier);
        pagina.addObject("meldingen", meldingen);
        pagina.addObject("fouten", perVeld);
        pagina.addObject("wijken", wijken);
        pagina.addObject("hulpsoorten", HULPSOORTEN);
        pagina.addObject("sleutel", sleutel);
        return pagina;
    }

    private static Map<String, String> hulpsoorten() {
        Map<String, String> hulp = new LinkedHashMap<>();
        hulp.put("geld", "Geld");
        hulp.put("faciliteiten", "Faciliteiten, zoals materiaal of apparatuur");
        hulp.put("kennis", "Kennis en advies");
        hulp.put("vergunning", "Hulp bij een vergunning");
        hulp.put("netwerk", "Contacten en netwerk");
        hulp.put("ruimte", "Een ruimte of plek");
        return hulp;
    }
}

package nl.utrecht.wijkgerichtwerken.intake;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;
import nl.utrecht.wijkgerichtwerken.zaak.Documenten;
import nl.utrecht.wijkgerichtwerken.zaak.Uploadweigering;

/**
 * The upload form on the status page ({@code POST /status/{zaaknummer}/documenten?token=…}): the submitter adds
 * documents while the case is open; a refusal shows the page again with the message next to the field.
 */
@Controller
class StatusDocumentenPagina {

    private final StatusPagina statusPagina;
    private final Statusoverzicht overzicht;
    private final Documenten documenten;
    private final Uploadweigering uploadweigering;

    StatusDocumentenPagina(StatusPagina statusPagina, Statusoverzicht overzicht, Documenten documenten,
            Uploadweigering uploadweigering) {
        this.statusPagina = statusPagina;
        this.overzicht = overzicht;
        this.documenten = documenten;
        this.uploadweigering = uploadweigering;
    }

    @PostMapping("/status/{zaaknummer}/documenten")
    ModelAndView voegToe(@PathVariable String zaaknummer, @RequestParam(required = false) String token, HttpServletRequest verzoek) {
        try {
            StatusDocumentenApi.voegToe(overzicht, documenten, zaaknummer, token, bestanden(verzoek));
        } catch (StatusApi.NietGevonden onbekend) {
            return StatusPagina.nietGevonden();
        } catch (OngeldigeInvoerException fout) {
            return fout(zaaknummer, token, fout);
        } catch (MultipartException fout) {
            return fout(zaaknummer, token, uploadweigering.van(fout));
        }
        return Formulierantwoord.terug(StatusPagina.PAD, zaaknummer, token, "toegevoegd");
    }

    private static List<MultipartFile> bestanden(HttpServletRequest verzoek) {
        return verzoek instanceof MultipartHttpServletRequest multipart ? multipart.getFiles(Documenten.VELD) : List.of();
    }

    private ModelAndView fout(String zaaknummer, String token, OngeldigeInvoerException fout) {
        ModelAndView pagina = statusPagina.pagina(zaaknummer, token, Formulierantwoord.perVeld(fout), Map.of());
        pagina.addObject("toegevoegd", false);
        pagina.setStatus(HttpStatus.BAD_REQUEST);
        return pagina;
    }
}

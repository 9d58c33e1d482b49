package nl.utrecht.wijkgerichtwerken.intake;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;
import nl.utrecht.wijkgerichtwerken.zaak.Document;
import nl.utrecht.wijkgerichtwerken.zaak.Documentdownload;
import nl.utrecht.wijkgerichtwerken.zaak.Documenten;

/**
 * The submitter's documents through the status link: {@code POST /api/status/{zaaknummer}/documenten?token=…}
 * (multipart, field {@code bestand}) while the case is open, the list of the case's public documents and one of them
 * as a download. Unknown number, wrong token and a vertrouwelijk document all answer the same 404.
 */
@RestController
class StatusDocumentenApi {

    /** Who added a document through the status link, as the case file shows it. */
    static final String INDIENER = "indiener";

    private final Statusoverzicht overzicht;
    private final Documenten documenten;

    StatusDocumentenApi(Statusoverzicht overzicht, Documenten documenten) {
        this.overzicht = overzicht;
        this.documenten = documenten;
    }

    @PostMapping(path = "/api/status/{zaaknummer}/documenten", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Map<String, Object>>> voegToe(@PathVariable String zaaknummer, @RequestParam(required = false) String token,
            @RequestParam(name = Documenten.VELD, required = false) List<MultipartFile> bestanden) {
        List<Document> bewaard = voegToe(overzicht, documenten, zaaknummer, token, bestanden);
        return ResponseEntity.created(URI.create("/api/status/" + zaaknummer))
                .body(bewaard.stream().map(d -> Openbaredocumenten.regel(d, token)).toList());
    }

    @GetMapping(path = "/api/status/{zaaknummer}/documenten/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable String zaaknummer, @PathVariable String id,
            @RequestParam(required = false) String token) {
        overzicht.zaak(zaaknummer, token).orElseThrow(StatusApi.NietGevonden::new);
        Document document = documenten.document(zaaknummer, id).filter(d -> !d.vertrouwelijk())
                .orElseThrow(StatusApi.NietGevonden::new);
        return Documentdownload.van(document, documenten);
    }

    /** Adds the files to the open case of this status link; shared with the status page. */
    static List<Document> voegToe(Statusoverzicht overzicht, Documenten documenten, String zaaknummer, String token,
            List<MultipartFile> bestanden) {
        HistoricProcessInstance zaak = overzicht.zaak(zaaknummer, token).orElseThrow(StatusApi.NietGevonden::new);
        if (zaak.getEndTime() != null) {
            new Invoercontrole().fout(Documenten.VELD, "deze zaak is afgerond: u kunt geen documenten meer toevoegen")
                    .controleer("Het document is niet toegevoegd.");
        }
        return documenten.voegToe(zaaknummer, bestanden, INDIENER, false);
    }
}

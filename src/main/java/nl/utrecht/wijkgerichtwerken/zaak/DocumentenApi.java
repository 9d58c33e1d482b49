package nl.utrecht.wijkgerichtwerken.zaak;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * Documents in the case file (issue 23): whoever may read a case adds and reads its documents; only camunda-admin
 * deletes one, and who and when is kept. A case one may not read answers 404 like an unknown number.
 */
@RestController
@RequestMapping("/api/zaken/{zaaknummer}/documenten")
class DocumentenApi {

    private final Zaken zaken;
    private final Lezers lezers;
    private final Documenten documenten;

    DocumentenApi(Zaken zaken, Lezers lezers, Documenten documenten) {
        this.zaken = zaken;
        this.lezers = lezers;
        this.documenten = documenten;
    }

    @PostMapping
    ResponseEntity<List<Map<String, Object>>> voegToe(@PathVariable String zaaknummer,
            @RequestParam(name = Documenten.VELD, required = false) List<MultipartFile> bestanden,
            @RequestParam(required = false) boolean vertrouwelijk, HttpServletRequest verzoek) {
        Lezer lezer = lezer(verzoek);
        Zaak zaak = zaak(lezer, zaaknummer);
        List<Document> bewaard = documenten.voegToe(zaak.zaaknummer(), bestanden, lezer.gebruiker(), vertrouwelijk);
        return ResponseEntity.created(URI.create("/api/zaken/" + zaak.zaaknummer() + "/documenten/" + bewaard.get(0).id()))
                .body(bewaard.stream().map(Documenten::regel).toList());
    }

    @GetMapping
    List<Map<String, Object>> lijst(@PathVariable String zaaknummer, HttpServletRequest verzoek) {
        return documenten.van(zaak(lezer(verzoek), zaaknummer).zaaknummer()).stream().map(Documenten::regel).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable String zaaknummer, @PathVariable String id,
            HttpServletRequest verzoek) {
        Zaak zaak = zaak(lezer(verzoek), zaaknummer);
        Document document = documenten.document(zaak.zaaknummer(), id).orElseThrow(OnbekendDocument::new);
        return Documentdownload.van(document, documenten);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> verwijder(@PathVariable String zaaknummer, @PathVariable String id, HttpServletRequest verzoek) {
        Lezer lezer = lezer(verzoek);
        Zaak zaak = zaak(lezer, zaaknummer);
        if (!lezer.groepen().contains(Groepen.BEHEERDER)) {
            throw new GeenBeheerder();
        }
        if (!documenten.verwijder(zaak.zaaknummer(), id, lezer.gebruiker())) {
            throw new OnbekendDocument();
        }
        return ResponseEntity.noContent().build();
    }

    private Zaak zaak(Lezer lezer, String zaaknummer) {
        return zaken.zaak(lezer, zaaknummer).orElseThrow(ZakenApi.OnbekendeZaak::new);
    }

    private Lezer lezer(HttpServletRequest verzoek) {
        Lezer lezer = lezers.van(verzoek);
        if (lezer == null) {
            throw new ZakenApi.OnbekendeZaak();
        }
        return lezer;
    }

    /** No such document on this case (or it was deleted). */
    static class OnbekendDocument extends RuntimeException {
        OnbekendDocument() {
            super("Dit document bestaat niet (meer) bij deze zaak.");
        }
    }

    /** Deleting a document is for camunda-admin only. */
    static class GeenBeheerder extends RuntimeException {
        GeenBeheerder() {
            super("Alleen een beheerder (camunda-admin) mag een document verwijderen; documenten worden verder bewaard.");
        }
    }
}

package nl.utrecht.wijkgerichtwerken.dashboard;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' figures as JSON (DESIGN §7); HTTP Basic and group {@code manager} are checked by
 * {@code config/ManagerAuthenticatieFilter}. The Cockpit plugin shows the same figures.
 */
@RestController
@RequestMapping(path = "/api/dashboard", produces = "application/json")
class DashboardApi {

    private final OpenZaken openZaken;
    private final DashboardMomentopname momentopname;

    DashboardApi(OpenZaken openZaken, DashboardMomentopname momentopname) {
        this.openZaken = openZaken;
        this.momentopname = momentopname;
    }

    @GetMapping("/open-zaken")
    OpenZaken.Overzicht openZaken() {
        return momentopname.zaken();
    }

    /** The cases behind one count; leave a parameter out for "all", give it empty for "none". */
    @GetMapping("/open-zaken/zaken")
    List<OpenZaken.Zaak> zaken(@RequestParam(required = false) String proces, @RequestParam(required = false) String wijk,
                               @RequestParam(required = false) String dienst, @RequestParam(required = false) String stap,
                               @RequestParam(required = false) String termijnstatus) {
        return openZaken.zaken(momentopname.leidend(), new OpenZakenQuery.Filter(proces, wijk, dienst, stap), termijnstatus);
    }

    @GetMapping("/kengetallen")
    Kengetallen.Overzicht kengetallen() {
        return momentopname.kengetallen();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> ongeldig(IllegalArgumentException fout) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, fout.getMessage());
        probleem.setTitle("Ongeldige vraag");
        return ResponseEntity.badRequest().body(probleem);
    }
}

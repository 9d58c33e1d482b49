package nl.utrecht.wijkgerichtwerken.notificatie;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import nl.utrecht.wijkgerichtwerken.zaak.Documenten;

/**
 * The municipality's answer (the approved reactie on an advice, the besluit on an initiative or an escalation) as an
 * accessible PDF: rendered from {@code templates/antwoord/<sjabloon>.html} with the same model as the mail that carries
 * it, and kept on the case as a public document by {@value #DOOR}. Called in the mail step of the melding, so the PDF
 * is stored in that step's transaction: a step that fails (and is retried) stores nothing, only the one that
 * succeeds does.
 */
@Component
class Antwoordbrieven {

    /** Who the case file says added the document. */
    static final String DOOR = "Gemeente Utrecht";
    static final String TYPE = "application/pdf";

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final ZoneId UTRECHT = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);

    private final TemplateEngine sjablonen = engine();
    private final Pdfopmaak opmaak;
    private final Documenten documenten;

    Antwoordbrieven(Pdfopmaak opmaak, Documenten documenten) {
        this.opmaak = opmaak;
        this.documenten = documenten;
    }

    /** The PDF for a mail with this template, stored on the case; empty when this mail carries none. */
    Optional<Antwoordbrief> maakEnBewaar(String zaaknummer, String mailsjabloon, Map<String, Object> model) {
        return Antwoordsoort.bijMail(mailsjabloon).map(soort -> {
            byte[] pdf = pdf(soort, zaaknummer, model);
            String naam = soort.bestandsnaam(zaaknummer);
            documenten.bewaarEigen(zaaknummer, naam, TYPE, new ByteArrayInputStream(pdf), DOOR);
            return new Antwoordbrief(naam, TYPE, pdf);
        });
    }

    byte[] pdf(Antwoordsoort soort, String zaaknummer, Map<String, Object> model) {
        Map<String, Object> velden = new HashMap<>(model);
        velden.put("zaaknummer", zaaknummer);
        velden.put("documenttitel", soort.titel(zaaknummer));
        velden.put("datum", DATUM.format(ClockUtil.getCurrentTime().toInstant().atZone(UTRECHT)));
        return opmaak.pdf(sjablonen.process(soort.sjabloon(), new Context(NEDERLANDS, velden)));
    }

    /** XML mode: openhtmltopdf reads XHTML, and text from outside is escaped as XML. */
    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/antwoord/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

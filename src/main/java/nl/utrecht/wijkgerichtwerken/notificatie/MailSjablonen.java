package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mail templates (SpEL expressions) {@code templates/mail/<naam>.html} and {@code <naam>.txt} with a Thymeleaf
 * engine of its own (Dutch locale; text from outside is escaped by {@code th:text}). The subject is
 * the {@code <title>} of the HTML template.
 */
@Component
class MailSjablonen {

    record Inhoud(String onderwerp, String tekst, String html) {
    }

    private static final Pattern TITEL = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine tekst = engine(TemplateMode.TEXT, ".txt");

    Inhoud maak(String sjabloon, Map<String, Object> model) {
        Context context = new Context(NEDERLANDS, model);
        String htmlInhoud = html.process(sjabloon, context);
        Matcher titel = TITEL.matcher(htmlInhoud);
        if (!titel.find()) {
            throw new IllegalStateException("Mailsjabloon " + sjabloon + ".html heeft geen <title> (onderwerp)");
        }
        String onderwerp = HtmlUtils.htmlUnescape(titel.group(1)).replaceAll("\\s+", " ").trim();
        return new Inhoud(onderwerp, tekst.process(sjabloon, context), htmlInhoud);
    }

    private static TemplateEngine engine(TemplateMode modus, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(modus);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

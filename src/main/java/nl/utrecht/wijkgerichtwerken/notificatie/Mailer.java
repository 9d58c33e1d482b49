package nl.utrecht.wijkgerichtwerken.notificatie;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends a {@link Mailbericht} as text + HTML (with its attachments), applying the {@link Mailmodus}. A failure to send is
 * thrown, so the async BPMN step that called it retries and ends in an incident instead of losing it.
 */
@Service
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final NotificatieProperties properties;
    private final MailSjablonen sjablonen;
    private final Ontvangers ontvangers;
    private final ObjectProvider<JavaMailSender> mailSender;

    Mailer(NotificatieProperties properties, MailSjablonen sjablonen, Ontvangers ontvangers,
           ObjectProvider<JavaMailSender> mailSender) {
        this.properties = properties;
        this.sjablonen = sjablonen;
        this.ontvangers = ontvangers;
        this.mailSender = mailSender;
    }

    /** Sends the mail; returns the addresses it actually went to (empty when nothing was sent). */
    public List<String> verstuur(Mailbericht bericht) {
        Set<String> adressen = ontvangers.adressen(bericht.aan());
        MailSjablonen.Inhoud inhoud = sjablonen.maak(bericht.sjabloon(), bericht.model());
        List<String> naar = filter(adressen);
        if (properties.getModus() == Mailmodus.LOG || naar.isEmpty()) {
            LOG.info("Mail '{}' ({}) aan {} niet verstuurd (modus {}):\n{}", inhoud.onderwerp(), bericht.sjabloon(),
                    adressen, properties.getModus(), inhoud.tekst());
            return List.of();
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("Mail kan niet worden verstuurd: er is geen SMTP-server ingesteld (spring.mail.host)");
        }
        sender.send(bouw(sender, inhoud, bericht.bijlagen(), naar, adressen));
        LOG.info("Mail '{}' ({}) verstuurd aan {}", inhoud.onderwerp(), bericht.sjabloon(), naar);
        return naar;
    }

    private List<String> filter(Set<String> adressen) {
        return switch (properties.getModus()) {
            case LOG, PRODUCTIE -> new ArrayList<>(adressen);
            case REDIRECT -> adressen.isEmpty() || properties.getRedirectAdres().isBlank()
                    ? List.of() : List.of(properties.getRedirectAdres());
            case ALLOW_LIST -> adressen.stream().filter(this::toegestaan).toList();
        };
    }

    private boolean toegestaan(String adres) {
        String klein = adres.toLowerCase(Locale.ROOT);
        boolean toegestaan = properties.getAllowList().stream().map(a -> a.trim().toLowerCase(Locale.ROOT))
                .filter(a -> !a.isEmpty())
                .anyMatch(a -> a.startsWith("@") ? klein.endsWith(a) : klein.equals(a));
        if (!toegestaan) {
            LOG.info("Mail aan {} overgeslagen: niet op de allow-list", adres);
        }
        return toegestaan;
    }

    private MimeMessage bouw(JavaMailSender sender, MailSjablonen.Inhoud inhoud, List<Mailbericht.Bijlage> bijlagen,
            List<String> naar, Set<String> oorspronkelijk) {
        try {
            MimeMessage bericht = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(bericht, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.getAfzender());
            helper.setTo(naar.toArray(String[]::new));
            helper.setSubject(inhoud.onderwerp());
            helper.setText(inhoud.tekst(), inhoud.html());
            for (Mailbericht.Bijlage bijlage : bijlagen) {
                helper.addAttachment(bijlage.naam(), new ByteArrayResource(bijlage.inhoud()), bijlage.type());
            }
            if (properties.getModus() == Mailmodus.REDIRECT) {
                bericht.setHeader("X-Oorspronkelijke-Ontvangers", String.join(", ", oorspronkelijk));
            }
            return bericht;
        } catch (MessagingException e) {
            throw new MailSendException("Mail kon niet worden opgebouwd: " + e.getMessage(), e);
        }
    }
}

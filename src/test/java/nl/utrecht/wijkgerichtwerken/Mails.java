package nl.utrecht.wijkgerichtwerken;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the decoded text or HTML part of a received mail. */
public final class Mails {

    private Mails() {
    }

    public static String onderwerp(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("Mail niet te lezen", e);
        }
    }

    public static String html(Part mail) {
        return deel(mail, "text/html");
    }

    public static String tekst(Part mail) {
        return deel(mail, "text/plain");
    }

    private static String deel(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart kind = multipart.getBodyPart(i);
                    String gevonden = deel(kind, type);
                    if (gevonden != null) {
                        return gevonden;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException("Mail niet te lezen", e);
        }
    }
}

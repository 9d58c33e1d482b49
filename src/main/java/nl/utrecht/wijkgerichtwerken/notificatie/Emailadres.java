package nl.utrecht.wijkgerichtwerken.notificatie;

import java.util.regex.Pattern;

/**
 * The strict form of an outsider's mail address: exactly one {@code local@domain}, ASCII only, no spaces,
 * control characters or RFC specials ({@code , ; : " ( ) < > [ ] \ @} beyond the one {@code @}), a local part
 * without leading, trailing or double dots, and a domain of at least two labels. Used where an address enters
 * (start rules, public API and pages) and again when a mail is sent to it, so a value that a form or a task
 * holder bent can never become a list of addresses or a group of officials.
 */
public final class Emailadres {

    static final int MAXIMUM = 254;

    private static final Pattern ADRES = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,63}");

    private Emailadres() {
    }

    /** Whether {@code adres} is exactly one address in the strict form above. */
    public static boolean geldig(String adres) {
        return adres != null && adres.length() <= MAXIMUM && adres.indexOf('@') <= 64 && ADRES.matcher(adres).matches();
    }
}

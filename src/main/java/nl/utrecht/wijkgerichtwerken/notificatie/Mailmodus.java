package nl.utrecht.wijkgerichtwerken.notificatie;

/** Who really gets mail: the switch that keeps test environments from mailing real people. */
public enum Mailmodus {
    /** Nothing is sent; every mail is written to the log (embedded demo). */
    LOG,
    /** Every mail goes to one redirect address; the original recipients are named in the mail. */
    REDIRECT,
    /** Only recipients on the allow-list (full address or {@code @domain}) get mail; others are skipped. */
    ALLOW_LIST,
    /** Mail goes to the addressed recipients. */
    PRODUCTIE
}

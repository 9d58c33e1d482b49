package nl.utrecht.wijkgerichtwerken.werkdagen;

/** Where a task or case stands against its deadline; {@link #code()} is what process variables and URLs carry. */
public enum Termijnstatus {

    OP_TIJD("op-tijd", "Op tijd"),
    BIJNA_TE_LAAT("bijna-te-laat", "Bijna te laat"),
    TE_LAAT("te-laat", "Te laat"),
    /** Past the deadline by more than the term itself: over twice the term since the start (DESIGN §7). */
    RUIM_TE_LAAT("ruim-te-laat", "Ruim te laat"),
    /** The case's clock stands still (opschorting, issue 22): neither on time nor late; never a result of a deadline. */
    OPGESCHORT("opgeschort", "Opgeschort");

    private final String code;
    private final String label;

    Termijnstatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Machine code, e.g. {@code bijna-te-laat}. */
    public String code() {
        return code;
    }

    /** Dutch text for users, e.g. "Bijna te laat". */
    public String label() {
        return label;
    }
}

package nl.utrecht.wijkgerichtwerken.werkdagen;

/** Where a case or task stands against its deadline. */
public enum Termijnstatus {
    OP_TIJD("op-tijd", "Op tijd"),
    BIJNA_TE_LAAT("bijna-te-laat", "Bijna te laat"),
    TE_LAAT("te-laat", "Te laat");

    private final String code;
    private final String label;

    Termijnstatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}

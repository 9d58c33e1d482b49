package nl.utrecht.wijkgerichtwerken.organisatie;

/** The fixed Camunda group ids of DESIGN §3. */
public final class Groepen {

    public static final String WIJKREGISSEUR = "wijkregisseur";
    public static final String WIJKGARAGE = "wijkgarage";
    public static final String ALGEMEEN_DIRECTEUR = "algemeen-directeur";
    public static final String MANAGER = "manager";
    public static final String BEHEERDER = "camunda-admin";

    private Groepen() {
    }

    public static String wijk(String wijk) {
        return "wijk-" + wijk;
    }

    public static String wijkbureau(String wijk) {
        return "wijkbureau-" + wijk;
    }

    public static String vakafdeling(String dienst) {
        return "vakafdeling-" + dienst;
    }

    public static String dienstdirecteur(String dienst) {
        return "dienstdirecteur-" + dienst;
    }
}

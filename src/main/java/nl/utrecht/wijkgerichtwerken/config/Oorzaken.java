package nl.utrecht.wijkgerichtwerken.config;

/** Looks through an exception and its causes, as the engine wraps what listeners and commands throw. */
final class Oorzaken {

    private Oorzaken() {
    }

    /** Whether the exception or one of its causes is of this kind. */
    static boolean bevat(Throwable fout, Class<? extends Throwable> soort) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause()) {
            if (soort.isInstance(oorzaak)) {
                return true;
            }
        }
        return false;
    }
}

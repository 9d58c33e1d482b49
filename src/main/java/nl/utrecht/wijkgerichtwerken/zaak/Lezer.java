package nl.utrecht.wijkgerichtwerken.zaak;

import java.util.List;
import java.util.Set;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/** Who asks for a case file, with his groups; decides which cases he may read (DESIGN §5.6). */
record Lezer(String gebruiker, Set<String> groepen) {

    boolean magLezen(Zaak zaak) {
        if (groepen.contains(Groepen.MANAGER) || groepen.contains(Groepen.BEHEERDER)) {
            return true;
        }
        if (zaak.wijk() != null && (groepen.contains(Groepen.wijk(zaak.wijk()))
                || groepen.contains(Groepen.wijkbureau(zaak.wijk())))) {
            return true;
        }
        List<String> diensten = zaak.diensten();
        return diensten.stream().anyMatch(dienst -> groepen.contains(Groepen.vakafdeling(dienst))
                || groepen.contains(Groepen.dienstdirecteur(dienst)));
    }
}

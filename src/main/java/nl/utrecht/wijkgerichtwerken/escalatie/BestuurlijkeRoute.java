package nl.utrecht.wijkgerichtwerken.escalatie;

import static nl.utrecht.wijkgerichtwerken.escalatie.EscalatieVariabelen.*;

import java.util.List;
import java.util.Set;

import nl.utrecht.wijkgerichtwerken.zaak.Invoercontrole;

/**
 * To whom the wijkregisseur takes a case bestuurlijk (seed 004, Bijlage 3): "In het algemeen is het passender als de
 * wijkmanager vraagstukken voorlegt bij de vakwethouder"; the wijkwethouder only for a question that crosses portfolios
 * ("alleen passend bij portefeuilleoverstijgende vraagstukken"), here: at least two betrokken diensten.
 */
final class BestuurlijkeRoute {

    static final String VELD = "Voorleggen aan";
    private static final Set<String> ROUTES = Set.of(ROUTE_VAKWETHOUDER, ROUTE_WIJKWETHOUDER);

    private BestuurlijkeRoute() {
    }

    static String controleer(Invoercontrole controle, Object route, List<String> diensten) {
        String gekozen = controle.keuze(VELD, route, ROUTES);
        if (ROUTE_WIJKWETHOUDER.equals(gekozen) && diensten.size() < 2) {
            controle.fout(VELD, "de wijkwethouder alleen bij een vraagstuk dat portefeuilles overstijgt (minstens twee betrokken "
                    + "diensten); leg het anders voor aan de vakwethouder");
            return null;
        }
        return gekozen;
    }
}

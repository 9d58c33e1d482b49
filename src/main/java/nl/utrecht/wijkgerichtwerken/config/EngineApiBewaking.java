package nl.utrecht.wijkgerichtwerken.config;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;
import nl.utrecht.wijkgerichtwerken.zaak.OngeldigeInvoerException;

/**
 * The case's rules hold for every user of the engine API, not only in Tasklist's forms. On {@code /engine-rest} and
 * on the webapps' copy that Tasklist calls ({@code /camunda/api/engine}), after the login (and the webapps' CSRF
 * check) and before the REST resource:
 * <ul>
 * <li>completing a task ({@code complete}, {@code submit-form}, {@code resolve}) sets only the fields of the task's
 * form ({@link Taakformulier}); anything else is a Dutch 400 naming the fields, and nothing changes;</li>
 * <li>variable writes outside completion, and whatever moves a case past its forms (signals, messages, BPMN errors,
 * instance modification), only by {@code camunda-admin} (Dutch 403);</li>
 * <li>task properties (due and follow-up date, priority, name, delegation, candidates) only by {@code camunda-admin};
 * a claim only for oneself; unclaiming only one's own task ({@link Taaktoewijzing});</li>
 * <li>no Object, File, Bytes or XML values from anyone ({@link Variabeletypen}).</li>
 * </ul>
 * A servlet filter rather than an engine interceptor: the engine's own code (listeners, delegates, the public
 * intake) sets such variables and properties legitimately; only what people send through the API is limited.
 */
class EngineApiBewaking extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final Aanvrager aanvrager;
    private final Taakformulier taakformulier;
    private final Taaktoewijzing toewijzing;
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    EngineApiBewaking(IdentityService identityService, Aanvrager aanvrager, Taakformulier taakformulier, Taaktoewijzing toewijzing) {
        this.identityService = identityService;
        this.aanvrager = aanvrager;
        this.taakformulier = taakformulier;
        this.toewijzing = toewijzing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineApiVerzoek verzoek = EngineApiVerzoek.van(request);
        if (Set.of("GET", "HEAD", "OPTIONS").contains(verzoek.methode())) {
            chain.doFilter(request, response);
            return;
        }
        if (verzoek.soort() == EngineApiVerzoek.Soort.OVERIG && !isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        HerleesbaarVerzoek herleesbaar = new HerleesbaarVerzoek(request);
        Oordeel oordeel = oordeel(request, verzoek, lees(herleesbaar.lichaam()));
        if (oordeel.weigering() != null) {
            oordeel.weigering().schrijf(response);
        } else {
            chain.doFilter(herleesbaar, response);
        }
    }

    private Oordeel oordeel(HttpServletRequest request, EngineApiVerzoek verzoek, JsonNode lichaam) {
        boolean bewaakt = verzoek.soort() != EngineApiVerzoek.Soort.OVERIG;
        if (lichaam == null) {
            return bewaakt ? Oordeel.weiger(EngineApiWeigering.ongeldig("Het verzoek is geen geldige JSON; er is niets gewijzigd.",
                    List.of(EngineApiWeigering.veld("verzoek", "geen geldige JSON (of een veld twee keer)")))) : Oordeel.DOOR;
        }
        Oordeel typen = typen(lichaam);
        if (typen != Oordeel.DOOR || !bewaakt) {
            return typen;
        }
        Authentication wie = aanvrager.van(request);
        if (wie == null || wie.getUserId() == null) {
            return Oordeel.weiger(new EngineApiWeigering(HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
                    "Niet ingelogd.", List.of()));
        }
        return alsAanvrager(wie, () -> beoordeel(verzoek, lichaam, wie));
    }

    /** The body as JSON (a JSON null when empty), {@code null} when it is no JSON. */
    private JsonNode lees(byte[] lichaam) {
        try {
            return lichaam.length == 0 ? json.nullNode() : json.readTree(lichaam);
        } catch (IOException e) {
            return null;
        }
    }

    /** Runs the checks with the requesting user's authorizations, then restores what was set before. */
    private Oordeel alsAanvrager(Authentication wie, java.util.function.Supplier<Oordeel> controle) {
        Authentication was = identityService.getCurrentAuthentication();
        identityService.setAuthentication(wie);
        try {
            return controle.get();
        } finally {
            if (was == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(was);
            }
        }
    }

    private static Oordeel typen(JsonNode lichaam) {
        var fouten = Variabeletypen.geweigerd(lichaam);
        return fouten.isEmpty() ? Oordeel.DOOR
                : Oordeel.weiger(EngineApiWeigering.ongeldig("Er is niets opgeslagen: dit soort waarden wordt niet aangenomen.", fouten));
    }

    private Oordeel beoordeel(EngineApiVerzoek verzoek, JsonNode lichaam, Authentication wie) {
        boolean beheerder = wie.getGroupIds() != null && wie.getGroupIds().contains(Groepen.BEHEERDER);
        String gebruiker = wie.getUserId();
        if (beheerder && verzoek.soort() != EngineApiVerzoek.Soort.VOLTOOIEN) {
            return Oordeel.DOOR;
        }
        return switch (verzoek.soort()) {
            case VOLTOOIEN -> voltooien(verzoek.id(), lichaam);
            case VARIABELEN_WIJZIGEN -> Oordeel.weiger(EngineApiWeigering.verboden(
                    "Niets gewijzigd: de gegevens van een zaak veranderen alleen via het formulier van een taak; "
                            + "los wijzigen kan alleen een beheerder.",
                    List.of(EngineApiWeigering.veld("variabelen", "alleen via het formulier van de taak"))));
            case TAAK_WIJZIGEN -> Oordeel.weiger(taakWijzigen(lichaam));
            case CLAIMEN -> gebruiker.equals(tekst(lichaam, "userId")) ? Oordeel.DOOR
                    : Oordeel.weiger(EngineApiWeigering.verboden("Niets gewijzigd: u kunt een taak alleen voor uzelf claimen.",
                            List.of(EngineApiWeigering.veld("userId", "alleen uw eigen gebruikersnaam"))));
            case VRIJGEVEN -> toewijzing.vrijgeven(verzoek.id(), gebruiker);
            case TOEWIJZEN -> toewijzing.toewijzen(verzoek.id(), gebruiker, tekst(lichaam, "userId"));
            case OVERIG -> Oordeel.DOOR;
        };
    }

    private Oordeel voltooien(String taakId, JsonNode lichaam) {
        if (!taakformulier.bestaat(taakId)) {
            return Oordeel.weiger(EngineApiWeigering.verdwenen());
        }
        Optional<Set<String>> velden = taakformulier.velden(taakId);
        JsonNode variabelen = lichaam == null ? null : lichaam.get("variables");
        if (velden.isEmpty() || variabelen == null || !variabelen.isObject()) {
            return Oordeel.DOOR;
        }
        List<OngeldigeInvoerException.Veldfout> fouten = new ArrayList<>();
        variabelen.fieldNames().forEachRemaining(naam -> {
            if (!velden.get().contains(naam)) {
                fouten.add(EngineApiWeigering.veld(naam, "hoort niet bij het formulier van deze taak"));
            }
        });
        return fouten.isEmpty() ? Oordeel.DOOR : Oordeel.weiger(EngineApiWeigering.ongeldig(
                "De taak is niet afgerond: alleen de velden van het formulier van de taak worden aangenomen.", fouten));
    }

    private static EngineApiWeigering taakWijzigen(JsonNode lichaam) {
        List<OngeldigeInvoerException.Veldfout> fouten = new ArrayList<>();
        if (lichaam != null && lichaam.isObject()) {
            lichaam.fieldNames().forEachRemaining(veld -> fouten.add(EngineApiWeigering.veld(veld, "alleen een beheerder kan dit wijzigen")));
        }
        if (fouten.isEmpty()) {
            fouten.add(EngineApiWeigering.veld("taak", "alleen een beheerder kan dit wijzigen"));
        }
        return EngineApiWeigering.verboden("Niets gewijzigd: termijn, opvolgdatum, prioriteit, naam, kandidaten en delegatie "
                + "van een taak wijzigt alleen een beheerder. U kunt de taak claimen, vrijgeven en afronden.", fouten);
    }

    private static String tekst(JsonNode lichaam, String veld) {
        JsonNode waarde = lichaam == null ? null : lichaam.get(veld);
        return waarde == null || waarde.isNull() ? null : waarde.asText();
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registratie {

        @Bean
        FilterRegistrationBean<EngineApiBewaking> engineApiBewaking(IdentityService identityService, Aanvrager aanvrager,
                Taakformulier taakformulier, Taaktoewijzing toewijzing) {
            FilterRegistrationBean<EngineApiBewaking> registratie =
                    new FilterRegistrationBean<>(new EngineApiBewaking(identityService, aanvrager, taakformulier, toewijzing));
            registratie.setName("engine-api-bewaking");
            registratie.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            // after engine-rest's Basic login (EngineRestBeveiliging); the webapps' filters (session, CSRF) run after
            // this one, so the webapps' user is read from the session (Aanvrager) and nothing is changed here
            registratie.setOrder(EngineRestBeveiliging.VOLGORDE + 1);
            return registratie;
        }
    }
}

package nl.utrecht.wijkgerichtwerken.dashboard;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.utrecht.wijkgerichtwerken.organisatie.Groepen;

/**
 * The dashboard's figures for the Cockpit plugin, the same as {@code /api/dashboard}, serialized by the application's
 * own JSON mapper. Only for the groups {@code manager} and {@code camunda-admin}; others get 403.
 */
public class DashboardPluginResource extends AbstractCockpitPluginResource {

    private static final Set<String> TOEGESTAAN = Set.of(Groepen.MANAGER, Groepen.BEHEERDER);

    private final OpenZaken openZaken;
    private final DashboardMomentopname momentopname;
    private final ObjectMapper json;

    DashboardPluginResource(String engineName, OpenZaken openZaken, DashboardMomentopname momentopname, ObjectMapper json) {
        super(engineName);
        this.openZaken = openZaken;
        this.momentopname = momentopname;
        this.json = json;
    }

    @GET
    @Path("open-zaken")
    @Produces(MediaType.APPLICATION_JSON)
    public Response openZaken() {
        return antwoord(() -> momentopname.zaken());
    }

    @GET
    @Path("open-zaken/zaken")
    @Produces(MediaType.APPLICATION_JSON)
    public Response zaken(@QueryParam("proces") String proces, @QueryParam("wijk") String wijk,
                          @QueryParam("dienst") String dienst, @QueryParam("stap") String stap,
                          @QueryParam("termijnstatus") String termijnstatus) {
        return antwoord(() -> openZaken.zaken(momentopname.leidend(), new OpenZakenQuery.Filter(proces, wijk, dienst, stap), termijnstatus));
    }

    @GET
    @Path("kengetallen")
    @Produces(MediaType.APPLICATION_JSON)
    public Response kengetallen() {
        return antwoord(() -> momentopname.kengetallen());
    }

    private Response antwoord(Supplier<Object> inhoud) {
        Authentication gebruiker = getCurrentAuthentication();
        if (gebruiker == null || gebruiker.getGroupIds() == null
                || gebruiker.getGroupIds().stream().noneMatch(TOEGESTAAN::contains)) {
            return fout(Response.Status.FORBIDDEN, "Dit dashboard is alleen voor managers (groep manager).");
        }
        try {
            return Response.ok(json.writeValueAsString(inhoud.get()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        } catch (IllegalArgumentException ongeldig) {
            return fout(Response.Status.BAD_REQUEST, ongeldig.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dashboard kon niet als JSON worden geschreven", e);
        }
    }

    private Response fout(Response.Status status, String melding) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(json.writeValueAsString(Map.of("status", status.getStatusCode(), "detail", melding)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package nl.utrecht.wijkgerichtwerken.dashboard;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Root of the plugin's REST API, {@code /camunda/api/cockpit/plugin/wijk-dashboard/{engine}/dashboard/…}; Cockpit's
 * own security lets only logged-in users of that engine through, the sub-resource checks the group.
 */
@Path("plugin/" + WijkDashboardPlugin.ID)
public class DashboardPluginRootResource extends AbstractCockpitPluginRootResource {

    public DashboardPluginRootResource() {
        super(WijkDashboardPlugin.ID);
    }

    @Path("{engineName}/dashboard")
    public DashboardPluginResource dashboard(@PathParam("engineName") String engineName) {
        WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return subResource(new DashboardPluginResource(engineName, spring.getBean(OpenZaken.class),
                spring.getBean(DashboardMomentopname.class), spring.getBean(ObjectMapper.class)), engineName);
    }
}

package nl.utrecht.wijkgerichtwerken.dashboard;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The managers' dashboard in Cockpit (DESIGN §7): a server-side Cockpit plugin found through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}, with its REST resource and the
 * client module {@code plugin-webapp/wijk-dashboard/app/plugin.js} on the plugin point {@code cockpit.dashboard}.
 */
public class WijkDashboardPlugin extends AbstractCockpitPlugin {

    public static final String ID = "wijk-dashboard";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(DashboardPluginRootResource.class);
    }
}

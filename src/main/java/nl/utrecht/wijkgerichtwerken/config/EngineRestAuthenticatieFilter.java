package nl.utrecht.wijkgerichtwerken.config;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's authentication filter leaves {@code GET /engine} (the list of engine names) open; here
 * every {@code /engine-rest} call requires authentication.
 */
class EngineRestAuthenticatieFilter extends ProcessEngineAuthenticationFilter {

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return true;
    }
}

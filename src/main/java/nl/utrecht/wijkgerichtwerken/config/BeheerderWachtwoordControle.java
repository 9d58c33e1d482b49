package nl.utrecht.wijkgerichtwerken.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start when an administrator is configured without a password. The embedded demo sets
 * "demo"; every other environment must provide {@code WIJK_ADMIN_PASSWORD}: there is no default.
 */
class BeheerderWachtwoordControle implements EnvironmentPostProcessor {

    static final String MELDING = "Opstarten geweigerd: er is geen wachtwoord voor de beheerder ingesteld. "
            + "Zet de omgevingsvariabele WIJK_ADMIN_PASSWORD (camunda.bpm.admin-user.password); "
            + "buiten de ingebouwde demo bestaat geen standaardwachtwoord.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String beheerder = environment.getProperty("camunda.bpm.admin-user.id");
        String wachtwoord = environment.getProperty("camunda.bpm.admin-user.password");
        if (StringUtils.hasText(beheerder) && !StringUtils.hasText(wachtwoord)) {
            throw new IllegalStateException(MELDING);
        }
    }
}

package nl.utrecht.wijkgerichtwerken.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import nl.utrecht.wijkgerichtwerken.WijkgerichtWerkenApplication;

class BeheerderWachtwoordControleTest {

    @Test
    void postgresProfielZonderBeheerderswachtwoordWeigertTeStartenMetDuidelijkeMelding() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(WijkgerichtWerkenApplication.class)
                .profiles("postgres")
                .properties("camunda.bpm.admin-user.password=", "server.port=0");

        assertThatThrownBy(app::run)
                .hasMessageContaining("Opstarten geweigerd")
                .hasMessageContaining("WIJK_ADMIN_PASSWORD");
    }
}

package nl.utrecht.wijkgerichtwerken;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WijkgerichtWerkenApplication {

    public static void main(String[] args) {
        SpringApplication.run(WijkgerichtWerkenApplication.class, args);
    }
}

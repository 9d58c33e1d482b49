package nl.utrecht.wijkgerichtwerken;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WijkgerichtWerkenApplication {

    public static void main(String[] args) {
        // all dates officials and residents see are Utrecht's local time, whatever the server's zone
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Amsterdam"));
        SpringApplication.run(WijkgerichtWerkenApplication.class, args);
    }
}

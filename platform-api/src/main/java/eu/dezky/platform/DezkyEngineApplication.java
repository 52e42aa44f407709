package eu.dezky.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the engine; component scanning covers every {@code eu.dezky} module on the class path. */
@SpringBootApplication(scanBasePackages = "eu.dezky")
@ConfigurationPropertiesScan("eu.dezky.platform")
public class DezkyEngineApplication {

    public static void main(String[] args) {
        SpringApplication.run(DezkyEngineApplication.class, args);
    }
}

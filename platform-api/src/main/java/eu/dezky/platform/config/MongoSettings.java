package eu.dezky.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the read models live: {@code uri} set means a real MongoDB (a replica set in production); blank means
 * the in-process Mongo-protocol server with its H2 file under the data directory.
 */
@ConfigurationProperties("dezky.mongo")
public record MongoSettings(String uri, String database) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}

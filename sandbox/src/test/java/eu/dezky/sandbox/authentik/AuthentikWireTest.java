package eu.dezky.sandbox.authentik;

import eu.dezky.sandbox.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.http.HttpResponse;

/** A fresh Authentik simulator per test, called over HTTP with its admin token, as the wire tests here use it. */
abstract class AuthentikWireTest {

    AuthentikSimulator sim;

    @BeforeEach
    void start() {
        sim = AuthentikSimulator.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    HttpResponse<String> call(String method, String path, String body) {
        return Http.send(method, sim.baseUrl().resolve(path), "Bearer " + sim.token(), body);
    }
}

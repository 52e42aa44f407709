package eu.dezky.domain.violation;

import java.net.URI;

/** Test fixture: breaks the domain's no-I/O rule on purpose so the boundary test can prove it notices. */
public class AggregateThatCallsTheNetwork {

    URI callsOut() {
        return URI.create("https://example.test");
    }
}

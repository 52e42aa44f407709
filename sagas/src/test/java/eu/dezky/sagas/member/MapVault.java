package eu.dezky.sagas.member;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The secret vault over a map: what the sagas read, and what they deleted, is visible to the test. */
public final class MapVault implements SecretVault {

    public final Map<String, String> secrets = new HashMap<>();

    public MapVault(String ref, String secret) {
        secrets.put(ref, secret);
    }

    @Override
    public Optional<String> read(String ref) {
        return Optional.ofNullable(secrets.get(ref));
    }

    @Override
    public void delete(String ref) {
        secrets.remove(ref);
    }
}

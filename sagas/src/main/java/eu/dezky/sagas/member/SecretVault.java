package eu.dezky.sagas.member;

import java.util.Optional;

/**
 * Short-lived, encrypted secrets handed from the HTTP layer to a saga by reference (implemented in platform-api).
 * An expired or deleted entry reads as empty.
 */
public interface SecretVault {

    Optional<String> read(String ref);

    /** Idempotent: deleting an entry that is gone is fine. */
    void delete(String ref);
}

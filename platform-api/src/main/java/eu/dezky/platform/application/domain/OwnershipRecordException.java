package eu.dezky.platform.application.domain;

import eu.dezky.api.domain.DomainName;

import java.util.List;

/**
 * A claim on a domain that needs the caller's ownership record: another tenant holds the domain unverified
 * ({@code domain-held-unverified}), or a takeover found no such record ({@code ownership-not-proven}). Answered 409
 * with the TXT record to publish and where to take the domain over.
 */
public class OwnershipRecordException extends RuntimeException {

    /** The TXT record the caller must publish. */
    public record TxtRecord(String type, String name, String value) {
    }

    private final String code;
    private final TxtRecord record;
    private final String takeover;
    private final List<String> found;

    OwnershipRecordException(String code, String message, DomainName domain, String token, String takeover,
                             List<String> found) {
        super(message);
        this.code = code;
        this.record = new TxtRecord("TXT", "_dezky-verify." + domain.value(), "dezky-verify=" + token);
        this.takeover = takeover;
        this.found = List.copyOf(found);
    }

    public String code() {
        return code;
    }

    public TxtRecord record() {
        return record;
    }

    public String takeover() {
        return takeover;
    }

    /** What DNS answered under the record's name (empty when nothing, or not asked). */
    public List<String> found() {
        return found;
    }
}

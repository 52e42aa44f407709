package eu.dezky.adapters.dns;

import java.util.List;

/**
 * The diff for one expected record: what we wanted, what the resolver returned at that name (only the
 * relevant records, e.g. the SPF TXT records at the apex), and a {@code reason} a person can act on.
 */
public record RecordCheck(RecordKind kind, String name, String expected, List<String> found, CheckStatus status,
                          String reason) {

    public RecordCheck {
        found = List.copyOf(found);
    }
}

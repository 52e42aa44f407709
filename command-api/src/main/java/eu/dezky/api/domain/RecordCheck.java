package eu.dezky.api.domain;

import java.util.List;

/** One expected record compared with what DNS answered: the per-record diff shown to the tenant admin. */
public record RecordCheck(DnsRecordType type, String name, String expected, List<String> found, RecordCheckStatus status,
                          String reason) {
}

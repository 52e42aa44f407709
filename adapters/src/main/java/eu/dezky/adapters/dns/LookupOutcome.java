package eu.dezky.adapters.dns;

import java.util.List;
import org.xbill.DNS.Record;

/** What one DNS question produced: records, a definite absence, or no usable answer at all. */
sealed interface LookupOutcome {

    /** NOERROR with at least one record of the asked type. */
    record Answered(List<Record> records) implements LookupOutcome {
        public Answered {
            records = List.copyOf(records);
        }
    }

    /** NXDOMAIN or NOERROR without data: the zone says the record is not there. */
    record Absent(String reason) implements LookupOutcome {
    }

    /** Timeout, SERVFAIL, REFUSED or a network error: we do not know what the zone says. */
    record Failed(String reason) implements LookupOutcome {
    }
}

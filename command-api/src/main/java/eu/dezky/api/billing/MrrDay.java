package eu.dezky.api.billing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MRR of one UTC day per currency, in minor units: the MRR in force at the end of that day (for today: now).
 * A currency no tenant paid in on that day is absent.
 */
public record MrrDay(LocalDate date, Map<String, Long> mrrMinor) {

    public MrrDay {
        mrrMinor = Collections.unmodifiableMap(new TreeMap<>(mrrMinor));
    }
}

package eu.dezky.api.billing;

import java.util.List;

/** MRR per day per currency, one entry per day of the asked range, oldest first. */
public record MrrReport(List<MrrDay> days) {

    public MrrReport {
        days = List.copyOf(days);
    }
}

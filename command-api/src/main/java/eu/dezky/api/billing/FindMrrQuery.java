package eu.dezky.api.billing;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Asks for MRR per day per currency over the UTC days {@code from} to {@code to} (both included), of the tenants of
 * {@code partner} (null: every tenant). Answered with an {@link MrrReport}.
 */
public record FindMrrQuery(PartnerId partner, LocalDate from, LocalDate to) {

    /** A little over a year: enough for a year-on-year chart, small enough to answer at once. */
    public static final int MAX_DAYS = 400;

    public FindMrrQuery {
        InvalidValueException.require(from != null, "from", "from is required (a date such as 2026-01-31)");
        InvalidValueException.require(to != null, "to", "to is required (a date such as 2026-01-31)");
        InvalidValueException.require(!to.isBefore(from), "to", "to must not be before from");
        InvalidValueException.require(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "from",
                "at most " + MAX_DAYS + " days at once");
    }
}

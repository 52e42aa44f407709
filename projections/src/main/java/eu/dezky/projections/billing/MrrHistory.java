package eu.dezky.projections.billing;

import eu.dezky.api.billing.MrrDay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns change points into MRR per UTC day per currency. The figure of a day is the MRR in force at the end of that
 * day: the sum of every change point before the next midnight (UTC). A currency whose sum is zero that day is left out.
 */
final class MrrHistory {

    private MrrHistory() {
    }

    /** The days {@code from} to {@code to}, both included, from every change point before the end of {@code to}. */
    static List<MrrDay> days(List<MrrChangeDocument> changes, LocalDate from, LocalDate to) {
        List<MrrChangeDocument> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(MrrChangeDocument::at).thenComparing(MrrChangeDocument::id));
        Map<String, Long> running = new HashMap<>();
        List<MrrDay> days = new ArrayList<>();
        int next = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            while (next < ordered.size() && ordered.get(next).at().isBefore(end)) {
                MrrChangeDocument change = ordered.get(next++);
                running.merge(change.currency(), change.deltaMinor(), Long::sum);
            }
            Map<String, Long> figures = new LinkedHashMap<>();
            running.forEach((currency, amount) -> {
                if (amount != 0) {
                    figures.put(currency, amount);
                }
            });
            days.add(new MrrDay(day, figures));
        }
        return days;
    }
}

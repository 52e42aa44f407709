package eu.dezky.platform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a sequential onboarding's time goes: the events of one member (its aggregate and its address claim) in the
 * order they were stored, each with the time since the one before (the first since the POST left the client, and
 * the answer's arrival since the last). Event timestamps are taken when an aggregate applies the event, before its
 * commit, on the same clock as the client's. Medians over all onboardings, per hop.
 */
final class HopTimes {

    /** One onboarding as the client saw it. */
    record Onboarding(String memberId, String mailbox, Instant posted, Instant answered) {
    }

    private final Map<String, List<Long>> hops = new LinkedHashMap<>();

    void add(BenchmarkDatabase database, Onboarding onboarding) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), "postgres", "");
             PreparedStatement query = connection.prepareStatement("SELECT payloadtype, \"timestamp\" FROM"
                     + " domainevententry WHERE aggregateidentifier IN (?, ?) ORDER BY globalindex")) {
            query.setString(1, onboarding.memberId());
            query.setString(2, onboarding.mailbox());
            Instant previous = onboarding.posted();
            String from = "POST";
            int position = 0;
            try (ResultSet events = query.executeQuery()) {
                while (events.next()) {
                    String type = events.getString(1).replaceAll(".*\\.", "");
                    Instant at = Instant.parse(events.getString(2));
                    record(String.format(Locale.ROOT, "%02d %s → %s", ++position, from, type), previous, at);
                    previous = at;
                    from = type;
                }
            }
            record(String.format(Locale.ROOT, "%02d %s → answer (read models, HTTP)", ++position, from), previous,
                    onboarding.answered());
        }
    }

    /** Median and 90th percentile per hop, in milliseconds, as Markdown rows. */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        hops.forEach((hop, micros) -> {
            List<Long> sorted = micros.stream().sorted().toList();
            rows.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d |", hop.substring(3),
                    sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1) / 1000.0,
                    sorted.size()));
        });
        return rows;
    }

    private void record(String hop, Instant from, Instant to) {
        hops.computeIfAbsent(hop, h -> new ArrayList<>()).add(Duration.between(from, to).toNanos() / 1000);
    }
}

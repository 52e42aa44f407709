package eu.dezky.adapters.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The token bucket on a clock moved by hand: smooth, within the minute's limit, never waiting itself. */
class RequestLimiterTest {

    private final HandClock clock = new HandClock();

    @Test
    void noMinuteEverSeesMoreStartsThanTheLimitAndTheRefillIsSmooth() {
        RequestLimiter limiter = new RequestLimiter(100, 1000, Duration.ZERO, clock);
        List<Instant> started = new ArrayList<>();
        for (int tick = 0; tick < 3000; tick++) {
            while (limiter.tryStart().isZero()) {
                started.add(clock.instant());
                limiter.finished();
            }
            clock.advance(Duration.ofMillis(100));
        }
        for (int i = 0; i + 1000 < started.size(); i++) {
            assertThat(started.get(i + 1000)).as("the 1001st start after start %d", i)
                    .isAfterOrEqualTo(started.get(i).plusSeconds(60));
        }
        assertThat(started.size()).as("five minutes at about the limit").isBetween(4800, 5000);
        long longestGap = 0;
        for (int i = 1; i < started.size(); i++) {
            longestGap = Math.max(longestGap, Duration.between(started.get(i - 1), started.get(i)).toMillis());
        }
        assertThat(longestGap).as("no minute-long stall").isLessThanOrEqualTo(100);
    }

    @Test
    void callersSentAwayGetSpreadSlotsSoTheyDoNotAllReturnAtOnce() {
        RequestLimiter limiter = new RequestLimiter(100, 60, Duration.ZERO, clock);
        Duration first;
        while ((first = limiter.tryStart()).isZero()) {
            limiter.finished();
        }
        Duration second = limiter.tryStart();
        Duration third = limiter.tryStart();

        assertThat(first).as("about one refill interval").isPositive().isLessThan(Duration.ofMillis(1100));
        assertThat(second).as("one interval later").isGreaterThan(first.plusMillis(900));
        assertThat(third).isGreaterThan(second.plusMillis(900));
    }

    @Test
    void callersSentAwayAgainAndAgainAreNeverSentMinutesAhead() {
        RequestLimiter limiter = new RequestLimiter(100, 1000, Duration.ZERO, clock);
        while (limiter.tryStart().isZero()) {
            limiter.finished();
        }
        Duration longest = Duration.ZERO;
        for (int rejected = 0; rejected < 5000; rejected++) {
            Duration wait = limiter.tryStart();
            assertThat(wait).as("rejected %d", rejected).isPositive();
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        // the bucket holds two seconds of tokens: the spread stays within that past the next token
        assertThat(longest).isLessThanOrEqualTo(Duration.ofMillis(2200));
    }

    @Test
    void noFreeSlotAnswersAShortWaitInsteadOfBlocking() {
        RequestLimiter limiter = new RequestLimiter(1, 1000, Duration.ZERO, clock);
        assertThat(limiter.tryStart()).isZero();

        assertThat(limiter.tryStart()).isPositive();

        limiter.finished();
        assertThat(limiter.tryStart()).isZero();
    }

    @Test
    void aReservationTakesAllItsTokensOrNoneAndGivesBackWhatItDidNotUse() {
        // a bucket of two tokens
        RequestLimiter limiter = new RequestLimiter(100, 60, Duration.ZERO, clock);
        assertThat(limiter.tryStart()).isZero();
        limiter.finished();

        assertThat(limiter.reserve(2)).as("one token left: two are not reserved").isPositive();
        assertThat(limiter.tryStart()).as("and the one left was not taken").isZero();
        limiter.finished();

        clock.advance(Duration.ofSeconds(3));
        assertThat(limiter.reserve(2)).isZero();
        assertThat(limiter.tryStart()).as("a reserved request starts on its own token").isZero();
        limiter.finished();
        limiter.release();
        assertThat(limiter.tryStart()).as("the unused one was given back").isZero();
        limiter.finished();
        assertThat(limiter.tryStart()).as("the bucket is empty now").isPositive();
    }

    @Test
    void aReservationIsTheReservingThreadsOwn() throws InterruptedException {
        RequestLimiter limiter = new RequestLimiter(100, 60, Duration.ZERO, clock);
        assertThat(limiter.reserve(2)).isZero();
        Duration[] other = new Duration[1];
        Thread thread = new Thread(() -> other[0] = limiter.tryStart());
        thread.start();
        thread.join();
        assertThat(other[0]).as("another thread cannot start on this thread's tokens").isPositive();
        assertThat(limiter.tryStart()).isZero();
        assertThat(limiter.tryStart()).isZero();
        assertThat(limiter.tryStart()).as("two reserved, two used").isPositive();
    }

    /** A clock tests move by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

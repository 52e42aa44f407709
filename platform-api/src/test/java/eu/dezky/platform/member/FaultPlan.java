package eu.dezky.platform.member;

import eu.dezky.platform.support.ExternalSimulators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One round's random faults for the three simulators, drawn from a seeded {@link Random}: transient (503, dropped
 * connections), permanent (400 on a create), throttling with {@code Retry-After} (below and above the clients'
 * patience) and answers lost after the change was made (crash after processing), in every system. Faults on deletes are transient only and
 * stay below what the saga retries, so an undo never has to be parked: every leftover would be a real bug.
 */
final class FaultPlan {

    private static final String[] AUTHENTIK_CREATES = {"POST /core/users/", "POST /core/users/{id}/set_password/",
            "POST /core/groups/{group_uuid}/add_user/"};

    private FaultPlan() {
    }

    /** Plans a handful of faults and answers what was planned, for the failure report. */
    static List<String> apply(Random random, ExternalSimulators systems) {
        List<String> planned = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(11)) {
                case 0 -> {
                    String op = AUTHENTIK_CREATES[random.nextInt(AUTHENTIK_CREATES.length)];
                    int n = 1 + random.nextInt(6);
                    systems.authentik.faults().failNext(op, n, 503);
                    planned.add("authentik " + op + " 503 x" + n);
                }
                case 1 -> {
                    String op = AUTHENTIK_CREATES[random.nextInt(2)];
                    systems.authentik.faults().failNext(op, 1, 400);
                    planned.add("authentik " + op + " 400");
                }
                case 2 -> {
                    Duration after = Duration.ofSeconds(random.nextBoolean() ? 1 : 6);
                    systems.authentik.faults().throttleNext("POST /core/users/", 1, after);
                    planned.add("authentik POST /core/users/ 429 Retry-After " + after.toSeconds() + "s");
                }
                case 3 -> {
                    int n = 1 + random.nextInt(5);
                    systems.authentik.faults().crashNext("DELETE /core/users/{id}/", n);
                    planned.add("authentik DELETE user dropped x" + n);
                }
                case 4 -> {
                    int n = 1 + random.nextInt(6);
                    systems.stalwart.faults().failNext("x:Account/set", n, 503);
                    planned.add("stalwart x:Account/set 503 x" + n);
                }
                case 5 -> {
                    systems.stalwart.faults().crashNext("x:Account/set", 1, true);
                    planned.add("stalwart x:Account/set answer lost after processing");
                }
                case 6 -> {
                    Duration after = Duration.ofSeconds(random.nextBoolean() ? 1 : 6);
                    systems.stalwart.faults().throttleNext("x:Account/set", 1, after);
                    planned.add("stalwart x:Account/set 429 Retry-After " + after.toSeconds() + "s");
                }
                case 7 -> {
                    boolean permanent = random.nextInt(3) == 0;
                    int n = permanent ? 1 : 1 + random.nextInt(6);
                    systems.ocis.faults().failNext("POST /v1.0/users", n, permanent ? 400 : 503);
                    planned.add("ocis POST /v1.0/users " + (permanent ? "400" : "503 x" + n));
                }
                case 9 -> {
                    String op = AUTHENTIK_CREATES[random.nextInt(AUTHENTIK_CREATES.length)];
                    systems.authentik.faults().loseAnswerNext(op, 1);
                    planned.add("authentik " + op + " answer lost after processing");
                }
                case 10 -> {
                    systems.ocis.faults().loseAnswerNext("POST /v1.0/users", 1);
                    planned.add("ocis POST /v1.0/users answer lost after processing");
                }
                default -> {
                    int n = 1 + random.nextInt(5);
                    systems.ocis.faults().crashNext(random.nextBoolean() ? "POST /v1.0/users" : "DELETE /v1.0/users/{user-id}", n);
                    planned.add("ocis connection dropped x" + n);
                }
            }
        }
        return planned;
    }
}

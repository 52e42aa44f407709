package eu.dezky.projections.member;

import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Member documents written directly, many at once: for paging tests and the list benchmark (bench/lists). */
final class MemberFixtures {

    private static final MemberStatus[] STATUSES = {MemberStatus.ACTIVE, MemberStatus.ACTIVE, MemberStatus.ACTIVE,
        MemberStatus.SUSPENDED, MemberStatus.FAILED, MemberStatus.REMOVED, MemberStatus.PROVISIONING};

    private MemberFixtures() {
    }

    /** {@code count} members of {@code tenant} named "Person &lt;n&gt;", created a second apart from {@code offset}. */
    static void insert(MongoTemplate mongo, String tenant, int count, int offset) {
        List<MemberDocument> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = offset + i;
            batch.add(new MemberDocument(UUID.randomUUID().toString(), tenant, "Person " + i, "person" + n,
                    MemberRole.MEMBER, "person" + n + "@" + tenant + ".test", STATUSES[n % STATUSES.length], null,
                    MemberDocument.pendingSteps(), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n), null, null,
                    null));
            if (batch.size() == 1000) {
                mongo.insertAll(batch);
                batch.clear();
            }
        }
        mongo.insertAll(batch);
    }
}

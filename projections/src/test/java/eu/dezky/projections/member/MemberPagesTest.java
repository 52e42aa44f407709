package eu.dezky.projections.member;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PageRequest;
import eu.dezky.api.member.FindMemberPageQuery;
import eu.dezky.api.member.MemberPage;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.projections.support.InMemoryMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** Paging the members read model: every member exactly once across pages, in order, filtered, counted. */
class MemberPagesTest {

    static final TenantId BIG = new TenantId("big");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MemberProjection projection;

    @BeforeEach
    void start() {
        projection = new MemberProjection(mongo.template(), mock(QueryUpdateEmitter.class));
        MemberFixtures.insert(mongo.template(), "big", 23, 0);
        MemberFixtures.insert(mongo.template(), "other", 5, 1000);
    }

    @Test
    void pagesVisitEveryMemberOnceInOrderWithTheTotal() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            MemberPage page = projection.handle(new FindMemberPageQuery(BIG,
                    new PageRequest(null, null, "displayName", true, cursor, 5), true));
            assertThat(page.total()).isEqualTo(23);
            page.members().forEach(m -> seen.add(m.displayName()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).hasSize(23).doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void statusAndTextNarrowTheListAndTheTotal() {
        MemberPage active = projection.handle(new FindMemberPageQuery(BIG,
                new PageRequest(null, MemberStatus.ACTIVE.name(), null, false, null, 50), false));
        MemberPage found = projection.handle(new FindMemberPageQuery(BIG,
                new PageRequest("PERSON 1", null, null, false, null, 50), true));

        assertThat(active.members()).allMatch(m -> m.status() == MemberStatus.ACTIVE);
        assertThat(active.total()).isEqualTo(active.members().size()).isPositive().isLessThan(23);
        assertThat(found.members()).extracting(MemberView::displayName)
                .containsExactly("Person 1", "Person 10", "Person 11", "Person 12", "Person 13", "Person 14",
                        "Person 15", "Person 16", "Person 17", "Person 18", "Person 19");
    }

    @Test
    void removedMembersAreListedOnlyOnRequestAndCursorsOfAnotherSortAreRefused() {
        MemberPage withoutRemoved = projection.handle(new FindMemberPageQuery(BIG, PageRequest.first(50), false));
        MemberPage page = projection.handle(new FindMemberPageQuery(BIG,
                new PageRequest(null, null, "mailbox", false, null, 2), true));

        assertThat(withoutRemoved.members()).noneMatch(m -> m.status() == MemberStatus.REMOVED);
        assertThat(withoutRemoved.total()).isLessThan(23);
        assertThatThrownBy(() -> projection.handle(new FindMemberPageQuery(BIG,
                new PageRequest(null, null, "displayName", false, page.nextCursor(), 2), true)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("cursor");
        assertThatThrownBy(() -> projection.handle(new FindMemberPageQuery(BIG,
                new PageRequest(null, null, "password", false, null, 2), true)))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("sort");
    }
}

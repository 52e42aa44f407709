package eu.dezky.api.member;

import java.util.List;

/** A page of members; {@code total} counts every match, {@code nextCursor} asks for the next page (null: last). */
public record MemberPage(List<MemberView> members, long total, String nextCursor) {
}

package eu.dezky.api.member;

import java.util.List;

/** The tenant's members, oldest first. */
public record MemberList(List<MemberView> members) {
}

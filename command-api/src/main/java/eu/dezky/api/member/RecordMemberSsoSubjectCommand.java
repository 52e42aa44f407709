package eu.dezky.api.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The onboarding saga reports the {@code sub} the member's SSO tokens will carry (per the configured Authentik
 * {@code sub_mode}), so the engine can recognise the member as a caller. An identifier, not a secret.
 */
public record RecordMemberSsoSubjectCommand(@TargetAggregateIdentifier MemberId memberId, String subject) {
}

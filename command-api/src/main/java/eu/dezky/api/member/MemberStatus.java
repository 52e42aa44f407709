package eu.dezky.api.member;

/**
 * Where a member is in their life. {@code PROVISIONING} until onboarding ends ({@code ACTIVE} or {@code FAILED});
 * {@code SUSPENDED} while suspended; {@code REMOVING} while their accounts are torn down, then {@code REMOVED}.
 */
public enum MemberStatus {
    PROVISIONING, ACTIVE, SUSPENDED, FAILED, REMOVING, REMOVED
}

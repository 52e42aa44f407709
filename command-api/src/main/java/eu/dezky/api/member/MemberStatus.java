package eu.dezky.api.member;

/** Where a member is in their life; this slice knows onboarding only (suspended and removed come with issue 5's rest). */
public enum MemberStatus {
    PROVISIONING, ACTIVE, FAILED
}

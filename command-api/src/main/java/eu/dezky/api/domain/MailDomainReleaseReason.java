package eu.dezky.api.domain;

/** Why a domain is taken from its tenant: its ownership was never proven in time, or another tenant proved it. */
public enum MailDomainReleaseReason {
    EXPIRED, TAKEN_OVER
}

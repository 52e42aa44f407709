package eu.dezky.platform.security;

import eu.dezky.api.common.PartnerId;

/**
 * The authenticated caller as the engine sees it. {@code email} may be null (not every SSO token carries it);
 * {@code partnerId} is the partner claim of a partner-audience token (whether the caller is on that partner's staff list
 * is {@link PartnerStaffCheck}'s answer).
 */
public record Caller(String subject, String email, Audience audience, PartnerId partnerId) {

    public boolean isOperator() {
        return audience == Audience.OPERATOR;
    }

    public boolean isPartner() {
        return audience == Audience.PARTNER;
    }
}

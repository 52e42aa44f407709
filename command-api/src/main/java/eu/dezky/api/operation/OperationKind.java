package eu.dezky.api.operation;

import java.util.Locale;

/** What an operation does; on the wire in lower case with dashes ({@code member-onboarding}, {@code mail-domain-setup}). */
public enum OperationKind {
    MEMBER_ONBOARDING, MEMBER_IMPORT, MEMBER_LINK, MEMBER_SUSPEND, MEMBER_RESUME, MEMBER_LOGOUT, MEMBER_RESET_PASSWORD, MEMBER_UPDATE,
    MEMBER_REMOVAL,
    MAIL_ALIAS_CREATE, MAIL_ALIAS_REMOVAL, MAILING_LIST_CREATE, MAILING_LIST_CHANGE, MAILING_LIST_REMOVAL,
    MAIL_DOMAIN_SETUP, MAIL_DOMAIN_CHECK, MAIL_DOMAIN_REMOVAL, MAIL_DOMAIN_TAKEOVER, TENANT_RECONCILE, TENANT_REPAIR,
    TENANT_SUSPEND, TENANT_RESUME, TENANT_OFFBOARDING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package eu.dezky.adapters.authentik;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Authentik's OAuth2 provider setting {@code sub_mode} ({@code SubModeEnum} in the 2026.2 schema): which of a user's
 * fields becomes the {@code sub} claim of their tokens. The engine must use the same mode as the provider that
 * issues the portal's tokens, or it cannot recognise a member by their token's subject (the e-mail claim is the
 * fallback then). {@code user_upn} is the {@code upn} attribute, falling back to the hashed id as Authentik does.
 */
public enum SsoSubjectMode {
    HASHED_USER_ID, USER_ID, USER_UUID, USER_USERNAME, USER_EMAIL, USER_UPN;

    /** Authentik's spelling, e.g. {@code hashed_user_id}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses Authentik's spelling (case-insensitive); anything else names the setting and the allowed values. */
    public static SsoSubjectMode parse(String raw) {
        return Arrays.stream(values())
                .filter(mode -> raw != null && mode.wireName().equals(raw.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("DEZKY_SSO_SUBJECT_MODE '" + raw
                        + "' is not an Authentik sub_mode; use one of " + Arrays.stream(values())
                        .map(SsoSubjectMode::wireName).collect(Collectors.joining(", "))));
    }

    String subjectOf(AuthentikUser user) {
        return switch (this) {
            case HASHED_USER_ID -> user.uid();
            case USER_ID -> String.valueOf(user.pk());
            case USER_UUID -> user.uuid();
            case USER_USERNAME -> user.username();
            case USER_EMAIL -> user.email();
            case USER_UPN -> user.attributes().get("upn") instanceof String upn ? upn : user.uid();
        };
    }
}

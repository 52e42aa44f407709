package eu.dezky.sandbox.ocis;

/** A snapshot of one simulated oCIS user, for test assertions (includes the last password set). */
public record OcisUserState(String id, String username, String displayName, String mail, boolean enabled,
                            String password) {
}

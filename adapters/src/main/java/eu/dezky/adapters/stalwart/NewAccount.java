package eu.dezky.adapters.stalwart;

/**
 * What the engine asks for when it provisions a user account.
 *
 * @param password the initial password, or null for an account without one
 */
public record NewAccount(String localPart, String domainId, String description, String password) {

    @Override
    public String toString() {
        return "NewAccount[" + localPart + ", domainId=" + domainId + ", password=<redacted>]";
    }
}

package eu.dezky.api.claim;

/** Who holds an address platform-wide, answered with an optional {@link MailAddressHolders}; absent when free. */
public record FindMailAddressHoldersQuery(MailAddress address) {
}

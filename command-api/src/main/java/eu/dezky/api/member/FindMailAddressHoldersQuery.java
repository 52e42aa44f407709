package eu.dezky.api.member;

/** Who holds an address platform-wide, answered with an optional {@link MailAddressHolders}; absent when free. */
public record FindMailAddressHoldersQuery(MailAddress address) {
}

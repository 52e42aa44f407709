package eu.dezky.api.member;

/**
 * One row of a member import as the import's events record it: its number in the file (1 = the first data row), the
 * mailbox it asks for, the member it creates, and why it was refused ({@code refusal} null: the member is created).
 * Carries no password.
 */
public record MemberImportRow(int row, String mailbox, MemberId memberId, String refusal) {
}

/**
 * In-process simulator of Stalwart 0.16's JMAP management API (the {@code x:} registry objects Domain,
 * DkimSignature, Account and MailingList), stateful and pinned to the vendor's schema file.
 * Tests and the embedded sandbox run point the Stalwart adapter at it; faults are injected through
 * {@link eu.dezky.sandbox.stalwart.RequestGate}.
 */
package eu.dezky.sandbox.stalwart;

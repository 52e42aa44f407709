/**
 * Typed client for Stalwart 0.16's JMAP management API ({@code x:Domain}, {@code x:DkimSignature},
 * {@code x:Account}, {@code x:MailingList}), speaking in the engine's words (create-or-adopt, freeze,
 * alias add/remove) and mapping the vendor's SetErrors to the adapter error taxonomy.
 * Wire facts: {@code shared/reference/stalwart-jmap-management.md} and the vendor schema.
 */
package eu.dezky.adapters.stalwart;

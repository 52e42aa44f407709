/**
 * The member sagas: onboarding a member into Authentik, Stalwart and oCIS, and the lifecycle operations (suspend,
 * resume, force logout, reset password) across them, with retries and compensation. The one-time
 * password reaches them only through the {@link eu.dezky.sagas.member.SecretVault} port, never in a message.
 */
package eu.dezky.sagas.member;

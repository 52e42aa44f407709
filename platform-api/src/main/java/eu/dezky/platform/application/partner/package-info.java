/**
 * Partner flows: operators register resellers; operators and a partner's admins change its staff list. A change
 * answers once the partners read model shows it, because the access policy reads that model.
 */
package eu.dezky.platform.application.partner;

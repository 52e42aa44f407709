/**
 * The member context: a person in a tenant with an SSO identity, a mailbox on the tenant's primary mail domain and a
 * file-storage account, and the operations that change them. The mailbox address itself is claimed in the claim context.
 */
package eu.dezky.api.member;

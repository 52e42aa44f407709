/**
 * The member context: a person in a tenant with an SSO identity, a mailbox on the tenant's primary mail domain and
 * a file-storage account, and the mail-address claims that keep every mailbox address unique platform-wide.
 */
package eu.dezky.api.member;

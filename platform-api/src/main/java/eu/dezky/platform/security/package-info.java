/**
 * Who may call what: JWTs from the SSO for three audiences (customer-admin, partner, operator), one tenant
 * access policy that gates every tenant route, and the development issuer used when no SSO is configured.
 */
package eu.dezky.platform.security;

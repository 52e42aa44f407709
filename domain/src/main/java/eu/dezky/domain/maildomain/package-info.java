/**
 * The mail-domain aggregate: who owns a domain, where its registration in the mail server stands, which DNS
 * records it must publish and whether the last check found them. Its identifier is the domain name itself.
 */
package eu.dezky.domain.maildomain;

/** The tenant aggregate: a customer of the platform, its mail domains and which of them is primary. */
package eu.dezky.domain.tenant;

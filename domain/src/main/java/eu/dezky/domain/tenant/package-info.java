/** The tenant aggregate. */
package eu.dezky.domain.tenant;

/** The tenant read model. */
package eu.dezky.projections.tenant;

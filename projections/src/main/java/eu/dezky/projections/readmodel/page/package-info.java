/**
 * Paging of the tenants' lists, shared by the projections: filter by status and text, sort by a named field, count
 * every match, and continue after an opaque cursor that holds the last entry's sort value and id.
 */
package eu.dezky.projections.readmodel.page;

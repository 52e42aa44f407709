/**
 * A tenant as it was at any past instant: its events up to then, replayed through the same projection classes into a
 * throwaway in-memory database and read back through the projections' own query handlers.
 */
package eu.dezky.platform.history;

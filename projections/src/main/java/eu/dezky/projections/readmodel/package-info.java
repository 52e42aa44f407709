/**
 * How projections reach MongoDB: one template whose collection names say which generation of a read model a caller
 * sees, and which can hold a thread's writes in memory and commit them as bulk writes. Replays, rebuilds and the
 * in-memory history run the projection classes unchanged through it.
 */
package eu.dezky.projections.readmodel;

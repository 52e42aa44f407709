/**
 * Generations of the read models: which generation of each projection's collections the engine reads and writes,
 * kept in MongoDB and switched atomically when a rebuild is done, and the token stores that follow the switch.
 */
package eu.dezky.platform.readmodel;

/**
 * Rebuilding a projection beside its live read model: a second processor runs the same projection classes into a new
 * generation of the collections, in batches with bulk writes, and the generation is switched atomically once it has
 * caught up, so the portal reads a complete read model throughout.
 */
package eu.dezky.platform.replay;

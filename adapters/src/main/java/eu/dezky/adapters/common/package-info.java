/**
 * Value types shared by the adapter clients. The ownership marker lets a create-or-adopt step tell
 * "ours from an earlier attempt" from "someone else's with the same name".
 */
package eu.dezky.adapters.common;

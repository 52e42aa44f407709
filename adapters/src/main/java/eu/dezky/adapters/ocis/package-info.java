/**
 * The oCIS LibreGraph client: users with our ownership marker, enable/disable, delete and group
 * membership, in our words. Request bodies carry only schema fields because oCIS parses them strictly;
 * wire shapes follow the LibreGraph v1.0 spec and the shared reference (section B).
 */
package eu.dezky.adapters.ocis;

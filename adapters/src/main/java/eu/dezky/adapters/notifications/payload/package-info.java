/**
 * The payloads of the public lifecycle events: plain records of strings, one shape per kind of object, so the
 * published contract never follows a change of the internal events by accident. Only ids, the tenant slug,
 * addresses, names and states appear here: no secret, no reason text from a vendor, no internal step detail.
 */
package eu.dezky.adapters.notifications.payload;

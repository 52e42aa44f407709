/**
 * The message contract of the dezky engine: commands, events, queries, ids and value types as records.
 * Every other module speaks in these types; events are the public record and change only additively.
 */
package eu.dezky.api;

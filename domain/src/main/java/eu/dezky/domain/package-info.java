/**
 * The write model: aggregates that check each command against their own history and record the outcome as
 * events. No I/O, no Spring beans, no clock reads beyond the message timestamp.
 */
package eu.dezky.domain;

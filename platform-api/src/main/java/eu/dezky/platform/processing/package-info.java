/**
 * What the operators see of the event processors: each one's kind, status, position against the store's head, lag
 * and segments, including a running rebuild's progress; and the events a projection parked ({@link
 * eu.dezky.platform.processing.DeadLetters}). Kinds come from data (the projection groups, Axon's saga
 * configurations, configured name patterns), so a new processor needs no code here.
 */
package eu.dezky.platform.processing;

package eu.dezky.platform.processing;

/** What one retry of a projection's dead letters did: sequences tried, sequences that went through, letters left. */
public record DeadLetterRetry(String processor, int sequencesRetried, int sequencesCleared, long lettersLeft) {
}

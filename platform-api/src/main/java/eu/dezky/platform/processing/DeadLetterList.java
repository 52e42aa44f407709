package eu.dezky.platform.processing;

import java.util.List;

/** A projection's dead letters: how many in how many sequences, and the first of them ({@code truncated}: more). */
public record DeadLetterList(String processor, long letters, long sequences, List<DeadLetterView> shown,
                             boolean truncated) {
}

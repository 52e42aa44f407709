package eu.dezky.api.operation;

/**
 * Where an operation is: running, or ended. {@code DONE}: it did what it set out to do; {@code FAILED}: it did not,
 * and what it had done was undone (its reason says why and what to do); {@code NEEDS_ATTENTION}: it ended but left
 * something in an external system that an operator must clean up (the steps say what).
 */
public enum OperationStatus {
    RUNNING, DONE, FAILED, NEEDS_ATTENTION;

    public boolean ended() {
        return this != RUNNING;
    }
}

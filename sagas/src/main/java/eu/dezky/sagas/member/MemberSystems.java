package eu.dezky.sagas.member;

import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;

/**
 * What the member sagas say alike about the three systems: their names in reasons, the onboarding order, and a step's
 * status as reported.
 */
final class MemberSystems {

    private MemberSystems() {
    }

    /** The system's product name, as reasons and step details show it. */
    static String name(MemberSystem system) {
        return switch (system) {
            case SSO -> "Authentik";
            case MAILBOX -> "Stalwart";
            case FILES -> "oCIS";
        };
    }

    /** The system after {@code system} in onboarding order (SSO → mailbox → files), or null after the last. */
    static MemberSystem next(MemberSystem system) {
        return switch (system) {
            case SSO -> MemberSystem.MAILBOX;
            case MAILBOX -> MemberSystem.FILES;
            case FILES -> null;
        };
    }

    /**
     * A step's status as onboarding, linking and the lifecycle operations report it: the system's try limit is shown
     * where it explains the state (retrying n of m, failed), else 0. The removal, which parks instead of failing,
     * shows it with needs-attention instead.
     */
    static StepStatus status(MemberSagaSettings settings, MemberSystem system, StepState state, int attempt,
                             String detail) {
        int max = state == StepState.RETRYING || state == StepState.FAILED ? settings.attempts(system) : 0;
        return new StepStatus(system, state, attempt, max, detail, null);
    }
}

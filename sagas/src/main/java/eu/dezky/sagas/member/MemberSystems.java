package eu.dezky.sagas.member;

import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.StepStatus;
import eu.dezky.sagas.steps.ExternalSystems;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.SystemSettings;

import java.util.List;

/** What the member sagas say alike about the three systems: their order, their settings and a step's status. */
final class MemberSystems {

    /** Onboarding order: the identity first, since the other two sign in through it. */
    static final List<MemberSystem> ONBOARDING = List.of(MemberSystem.SSO, MemberSystem.MAILBOX, MemberSystem.FILES);

    private MemberSystems() {
    }

    static SystemSettings settings(ExternalSystems systems, MemberSystem system) {
        return switch (system) {
            case SSO -> systems.authentik();
            case MAILBOX -> systems.stalwart();
            case FILES -> systems.ocis();
        };
    }

    /** The system's product name, as reasons and step details show it. */
    static String name(ExternalSystems systems, MemberSystem system) {
        return settings(systems, system).name();
    }

    /** A step of the member sagas' tables: keyed by the system's name. */
    static Step step(ExternalSystems systems, MemberSystem system) {
        return Step.step(system.name(), settings(systems, system));
    }

    static MemberSystem system(Step step) {
        return MemberSystem.valueOf(step.key());
    }

    /** The engine's report as the member's step status. */
    static StepStatus status(Step step, StepReport report) {
        return new StepStatus(system(step), report.state(), report.attempt(), report.maxAttempts(), report.detail(),
                report.nextAttemptAt());
    }
}

package eu.dezky.sagas.mail;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.mail.MailStep;
import eu.dezky.sagas.steps.ExternalSystems;
import eu.dezky.sagas.steps.Failure;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepReport;

/**
 * What the alias, list and mail-domain sagas share about their one step, in the mail server: its row (retrying
 * {@code NOT_FOUND} too, since a mailbox or domain added a moment ago may still be on its way), how a failure reads,
 * and the report as a {@link MailStep}.
 */
public final class MailSteps {

    /** The key of the mail-server step. */
    public static final String MAIL_SERVER = "MAIL_SERVER";

    private MailSteps() {
    }

    public static Step step(ExternalSystems systems) {
        return Step.step(MAIL_SERVER, systems.stalwart()).retryingNotFound();
    }

    /**
     * Why the step gave up, in words a person can act on.
     *
     * @param verb    what the step was to do, e.g. "add the alias a@example.org on b@example.org"
     * @param address the alias's or list's address
     */
    public static String reason(Failure f, String verb, MailAddress address) {
        return switch (f.error().kind()) {
            case TRANSIENT, NOT_FOUND -> "Stalwart did not " + verb + " after " + f.attempts()
                    + " attempts (last: " + f.reason() + "); check that it is reachable";
            case CONFLICT -> "Stalwart already uses " + address + " for something dezky did not create ("
                    + f.reason() + "); an operator must remove it there";
            case REJECTED -> "Stalwart refused to " + verb + ": " + f.reason();
        };
    }

    public static MailStep status(StepReport report) {
        return new MailStep(report.state(), report.attempt(), report.maxAttempts(), report.detail(),
                report.nextAttemptAt());
    }
}

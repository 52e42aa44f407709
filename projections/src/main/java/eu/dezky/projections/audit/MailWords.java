package eu.dezky.projections.audit;

import eu.dezky.api.operation.StepState;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasProvisionedEvent;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalRequestedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailAliasStepRecordedEvent;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.MailingListChangeFailedEvent;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListProvisionedEvent;
import eu.dezky.api.mail.MailingListProvisioningFailedEvent;
import eu.dezky.api.mail.MailingListRemovalFailedEvent;
import eu.dezky.api.mail.MailingListRemovalRequestedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.MailingListStepRecordedEvent;

import java.util.Locale;

import static eu.dezky.projections.audit.AuditDescription.FAILED;
import static eu.dezky.projections.audit.AuditDescription.PROGRESS;
import static eu.dezky.projections.audit.AuditDescription.REQUESTED;
import static eu.dezky.projections.audit.AuditDescription.SUCCEEDED;

/** The words for mail aliases and distribution lists, each shown by its address. */
final class MailWords {

    private MailWords() {
    }

    static void register(Describers describers) {
        describers
                .add(MailAliasCreatedEvent.class, (e, s) -> started(s, "alias", e.id().toString(),
                        e.id().address().value(), "created alias").withDetail("delivering to " + e.mailbox().value()))
                .add(MailAliasStepRecordedEvent.class, (e, s) -> ongoing(s, "alias", e.id().toString(),
                        e.id().address().value(), PROGRESS).withDetail(step(e.step())))
                .add(MailAliasProvisionedEvent.class, (e, s) -> ongoing(s, "alias", e.id().toString(),
                        e.id().address().value(), SUCCEEDED))
                .add(MailAliasProvisioningFailedEvent.class, (e, s) -> ongoing(s, "alias", e.id().toString(),
                        e.id().address().value(), FAILED).withDetail(e.reason()))
                .add(MailAliasRemovalRequestedEvent.class, (e, s) -> started(s, "alias", e.id().toString(),
                        e.id().address().value(), "removed alias").withDetail(e.reason()))
                .add(MailAliasRemovedEvent.class, (e, s) -> ongoing(s, "alias", e.id().toString(),
                        e.id().address().value(), SUCCEEDED).withDetail(e.reason()))
                .add(MailAliasRemovalFailedEvent.class, (e, s) -> ongoing(s, "alias", e.id().toString(),
                        e.id().address().value(), FAILED).withDetail(e.reason()))
                .add(MailingListCreatedEvent.class, (e, s) -> started(s, "list", e.id().toString(),
                        e.id().address().value(), "created list").withDetail(recipients(e.name(),
                        e.recipients().addresses().size())))
                .add(MailingListChangedEvent.class, (e, s) -> started(s, "list", e.id().toString(),
                        e.id().address().value(), "changed list").withDetail(recipients(e.name(),
                        e.recipients().addresses().size())))
                .add(MailingListStepRecordedEvent.class, (e, s) -> ongoing(s, "list", e.id().toString(),
                        e.id().address().value(), PROGRESS).withDetail(step(e.step())))
                .add(MailingListProvisionedEvent.class, (e, s) -> ongoing(s, "list", e.id().toString(),
                        e.id().address().value(), SUCCEEDED))
                .add(MailingListProvisioningFailedEvent.class, (e, s) -> ongoing(s, "list", e.id().toString(),
                        e.id().address().value(), FAILED).withDetail(e.reason()))
                .add(MailingListChangeFailedEvent.class, (e, s) -> ongoing(s, "list", e.id().toString(),
                        e.id().address().value(), FAILED).withDetail(e.reason()))
                .add(MailingListRemovalRequestedEvent.class, (e, s) -> started(s, "list", e.id().toString(),
                        e.id().address().value(), "removed list"))
                .add(MailingListRemovedEvent.class, (e, s) -> ongoing(s, "list", e.id().toString(),
                        e.id().address().value(), SUCCEEDED))
                .add(MailingListRemovalFailedEvent.class, (e, s) -> ongoing(s, "list", e.id().toString(),
                        e.id().address().value(), FAILED).withDetail(e.reason()));
    }

    /** An operation on the alias or list begins: later step and outcome events are told as part of it. */
    private static AuditDescription started(AuditSubjects subjects, String kind, String key, String address,
                                            String activity) {
        subjects.remember(key, address, activity);
        return AuditDescription.of(activity, kind, key, address, REQUESTED);
    }

    private static AuditDescription ongoing(AuditSubjects subjects, String kind, String key, String address,
                                            String outcome) {
        return AuditDescription.of(subjects.known(key, "changed " + kind).activity(), kind, key, address, outcome);
    }

    private static String recipients(String name, int count) {
        return "\"" + name + "\", " + count + (count == 1 ? " recipient" : " recipients");
    }

    private static String step(MailStep step) {
        // tries only explain a step still at it or given up; a done step reads as done
        String attempts = step.maxAttempts() > 0 && step.attempt() > 0 && step.state() != StepState.DONE
                ? " " + step.attempt() + "/" + step.maxAttempts() : "";
        return "mail server " + step.state().name().toLowerCase(Locale.ROOT).replace('_', ' ') + attempts
                + (step.detail() == null ? "" : ": " + step.detail());
    }
}

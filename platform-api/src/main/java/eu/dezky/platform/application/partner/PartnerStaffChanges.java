package eu.dezky.platform.application.partner;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.partner.AddPartnerStaffCommand;
import eu.dezky.api.partner.FindPartnerQuery;
import eu.dezky.api.partner.PartnerStaff;
import eu.dezky.api.partner.PartnerView;
import eu.dezky.api.partner.RemovePartnerStaffCommand;
import eu.dezky.api.partner.StaffRole;
import eu.dezky.api.partner.StaffSubject;
import eu.dezky.platform.application.ReadModelWait;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Reading a partner and changing its staff list, for the partner's admins and for operators alike. A change answers
 * once the partners read model shows it: the access policy reads that model, so when a removal has answered, the
 * removed person's next request is refused.
 */
@Component
public class PartnerStaffChanges {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;

    PartnerStaffChanges(CommandGateway commands, QueryGateway queries, ReadModelWait readModel) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
    }

    /** The partner with this id; a 404 when there is none (or the id is malformed). */
    public PartnerView partner(String rawId) {
        PartnerId id;
        try {
            id = new PartnerId(rawId);
        } catch (InvalidValueException e) {
            throw notFound(rawId);
        }
        return queries.query(new FindPartnerQuery(id), ResponseTypes.optionalInstanceOf(PartnerView.class)).join()
                .orElseThrow(() -> notFound(rawId));
    }

    /** Adds (or changes) a staff member; answers their entry as the read model shows it. */
    public PartnerStaff add(PartnerId partner, String rawSubject, String rawEmail, String rawRole) {
        StaffSubject subject = new StaffSubject(rawSubject);
        InvalidValueException.require(rawEmail != null, "email", "email is required");
        EmailAddress email = new EmailAddress(rawEmail);
        StaffRole role = StaffRole.parse(rawRole);
        PartnerView after = readModel.sendThenAwait(
                        () -> commands.sendAndWait(new AddPartnerStaffCommand(partner, subject, email, role)),
                        new FindPartnerQuery(partner), PartnerView.class,
                        view -> view.staffMember(subject.value()).filter(s -> s.role() == role
                                && s.email().equals(email.value())).isPresent(), READ_MODEL_WAIT)
                .orElseThrow(() -> new IllegalStateException("the partners read model did not show the change in time"));
        return after.staffMember(subject.value()).orElseThrow();
    }

    /** Takes {@code rawSubject} off the staff list; a 404 when they are not on it. */
    public void remove(PartnerId partner, String rawSubject) {
        StaffSubject subject;
        try {
            subject = new StaffSubject(rawSubject);
        } catch (InvalidValueException e) {
            throw new RuleViolationException("staff-not-found", "'" + rawSubject + "' is not staff of this partner");
        }
        readModel.sendThenAwait(() -> commands.sendAndWait(new RemovePartnerStaffCommand(partner, subject)),
                        new FindPartnerQuery(partner), PartnerView.class,
                        view -> view.staffMember(subject.value()).isEmpty(), READ_MODEL_WAIT)
                .orElseThrow(() -> new IllegalStateException("the partners read model did not show the removal in time"));
    }

    private static RuleViolationException notFound(String rawId) {
        return new RuleViolationException("partner-not-found", "partner '" + rawId + "' does not exist");
    }
}

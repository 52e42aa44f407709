package eu.dezky.platform.application.mail;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.DisplayText;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.mail.ChangeMailingListCommand;
import eu.dezky.api.mail.CreateMailingListCommand;
import eu.dezky.api.mail.FindMailingListQuery;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListView;
import eu.dezky.api.mail.Recipients;
import eu.dezky.api.mail.RemoveMailingListCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.ReadModelWait;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A tenant's distribution lists. Creating one claims the address platform-wide; recipients (internal or external) are
 * validated and de-duplicated. Create, change and remove wait briefly for the mail server; a change that failed and
 * was rolled back, and a removal that failed, are 409s saying why.
 */
@Component
public class MailingLists {

    private static final int MAX_NAME = 200;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final MailAddresses addresses;

    MailingLists(CommandGateway commands, QueryGateway queries, ReadModelWait readModel, MailAddresses addresses) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.addresses = addresses;
    }

    public MailChange<MailingListView> create(TenantId tenant, String rawAddress, String rawName,
                                              List<String> rawRecipients, Duration wait) {
        MailAddress address = MailAddresses.parse("address", rawAddress);
        String name = name(rawName);
        Recipients recipients = recipients(address, rawRecipients);
        addresses.requireTenantDomain(tenant, address);
        MailingListId id = MailingListId.of(address);
        String operationId = UUID.randomUUID().toString();
        addresses.claim(tenant, address, id.toString());
        var command = new CreateMailingListCommand(id, tenant, name, recipients, operationId);
        // only updates count: an earlier list of the same address may still show as failed or removed
        return await(operationId, tenant, address,
                () -> addresses.releaseAfter(() -> commands.sendAndWait(command), address, id.toString()),
                view -> view.status() != MailObjectStatus.PROVISIONING, wait);
    }

    public MailChange<MailingListView> change(TenantId tenant, String rawAddress, String rawName,
                                              List<String> rawRecipients, Duration wait) {
        MailAddress address = existing(tenant, rawAddress);
        String name = name(rawName);
        Recipients recipients = recipients(address, rawRecipients);
        String operationId = UUID.randomUUID().toString();
        MailChange<MailingListView> change = await(operationId, tenant, address,
                () -> commands.sendAndWait(new ChangeMailingListCommand(MailingListId.of(address), tenant, name,
                        recipients, operationId)),
                view -> view.status() != MailObjectStatus.UPDATING, wait);
        if (change.settled() && (change.view().status() != MailObjectStatus.ACTIVE || change.view().reason() != null)) {
            throw new RuleViolationException("list-change-failed", "the list " + address + " was not changed: "
                    + change.view().reason());
        }
        return change;
    }

    public MailChange<MailingListView> remove(TenantId tenant, String rawAddress, Duration wait) {
        MailAddress address = existing(tenant, rawAddress);
        String operationId = UUID.randomUUID().toString();
        MailChange<MailingListView> removal = await(operationId, tenant, address,
                () -> commands.sendAndWait(new RemoveMailingListCommand(MailingListId.of(address), tenant,
                        operationId)),
                view -> view.status() == MailObjectStatus.REMOVED || view.status() == MailObjectStatus.NEEDS_ATTENTION,
                wait);
        if (removal.settled() && removal.view().status() != MailObjectStatus.REMOVED) {
            throw new RuleViolationException("list-removal-failed", "the list " + address + " could not be removed: "
                    + removal.view().reason());
        }
        return removal;
    }

    public Optional<MailingListView> find(TenantId tenant, MailAddress address) {
        return queries.query(new FindMailingListQuery(tenant, address),
                ResponseTypes.optionalInstanceOf(MailingListView.class)).join();
    }

    private MailChange<MailingListView> await(String operationId, TenantId tenant, MailAddress address,
                                              Runnable command, Predicate<MailingListView> until,
                                              Duration wait) {
        Optional<MailingListView> settled = readModel.sendThenAwaitUpdate(command,
                new FindMailingListQuery(tenant, address), MailingListView.class, until, wait);
        return new MailChange<>(operationId, settled.orElseGet(() -> find(tenant, address).orElse(null)),
                settled.isPresent());
    }

    private static String name(String raw) {
        return DisplayText.require("name", raw, MAX_NAME);
    }

    /** A list delivering to itself would loop every message back into itself. */
    private static Recipients recipients(MailAddress list, List<String> raw) {
        Recipients recipients = Recipients.parse(raw);
        if (recipients.addresses().contains(list.value())) {
            throw new InvalidValueException("recipients", "the list " + list + " cannot be one of its own recipients");
        }
        return recipients;
    }

    private MailAddress existing(TenantId tenant, String raw) {
        MailAddress address = MailAddresses.fromPath(raw, "list");
        find(tenant, address).filter(view -> view.status().inUse())
                .orElseThrow(() -> new NotFoundException("the tenant has no list " + InvalidValueException.quote(raw)));
        return address;
    }
}

package eu.dezky.platform.web.mail;

import eu.dezky.platform.web.http.NotFoundException;
import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.mail.ChangeMailingListCommand;
import eu.dezky.api.mail.CreateMailingListCommand;
import eu.dezky.api.mail.FindMailingListQuery;
import eu.dezky.api.mail.FindMailingListsQuery;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListList;
import eu.dezky.api.mail.MailingListView;
import eu.dezky.api.mail.Recipients;
import eu.dezky.api.mail.RemoveMailingListCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's distribution lists. Creating one claims the address platform-wide; recipients (internal or external)
 * are validated and de-duplicated. Create and change answer 201/200 when the mail server has the list within a short
 * wait, else 202 with its operation ({@code GET …/operations/{id}}) to poll; a change that failed and was rolled back
 * answers 409 with why.
 */
@RestController
class MailingListController {

    private static final Duration SHORT_WAIT = Duration.ofSeconds(5);
    private static final int MAX_NAME = 200;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final TenantMailAddresses addresses;

    MailingListController(CommandGateway commands, QueryGateway queries, ReadModelWait readModel,
                          TenantMailAddresses addresses) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.addresses = addresses;
    }

    @PostMapping("/api/tenants/{slug}/mail/lists")
    ResponseEntity<MailingListView> create(@PathVariable String slug, @RequestBody MailRequests.CreateList body) {
        TenantId tenant = addresses.tenant(slug);
        MailAddress address = TenantMailAddresses.parse("address", body.address());
        String name = name(body.name());
        Recipients recipients = recipients(address, body.recipients());
        addresses.requireTenantDomain(tenant, address);
        MailingListId id = MailingListId.of(address);
        addresses.claim(tenant, address, id.toString());
        URI location = location(slug, address);
        return readModel.sendThenAwaitUpdate(() -> create(new CreateMailingListCommand(id, tenant, name, recipients, java.util.UUID.randomUUID().toString())),
                        new FindMailingListQuery(tenant, address), MailingListView.class,
                        view -> view.status() != MailObjectStatus.PROVISIONING, SHORT_WAIT)
                .map(view -> ResponseEntity.created(location).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(MailOperations.listOperation(slug, address))
                        .body(Optional.ofNullable(
                        find(tenant, address)).orElseGet(() -> MailRequests.pendingList(address.value(), slug, name,
                        recipients.addresses(), MailObjectStatus.PROVISIONING))));
    }

    @PutMapping("/api/tenants/{slug}/mail/lists/{address}")
    ResponseEntity<MailingListView> change(@PathVariable String slug, @PathVariable("address") String raw,
                                           @RequestBody MailRequests.ChangeList body) {
        TenantId tenant = addresses.tenant(slug);
        MailAddress address = existing(tenant, raw);
        String name = name(body.name());
        Recipients recipients = recipients(address, body.recipients());
        var outcome = readModel.sendThenAwaitUpdate(
                () -> commands.sendAndWait(new ChangeMailingListCommand(MailingListId.of(address), tenant, name,
                        recipients, java.util.UUID.randomUUID().toString())),
                new FindMailingListQuery(tenant, address), MailingListView.class,
                view -> view.status() != MailObjectStatus.UPDATING, SHORT_WAIT);
        if (outcome.isEmpty()) {
            return ResponseEntity.accepted().location(MailOperations.listOperation(slug, address))
                    .body(find(tenant, address));
        }
        if (outcome.get().status() != MailObjectStatus.ACTIVE || outcome.get().reason() != null) {
            throw new RuleViolationException("list-change-failed", "the list " + address + " was not changed: "
                    + outcome.get().reason());
        }
        return ResponseEntity.ok(outcome.get());
    }

    @GetMapping("/api/tenants/{slug}/mail/lists")
    MailingListList list(@PathVariable String slug) {
        return queries.query(new FindMailingListsQuery(addresses.tenant(slug)),
                ResponseTypes.instanceOf(MailingListList.class)).join();
    }

    /** One list with its status and mail-server step; where a 201 points to (a 202 points to its operation). */
    @GetMapping("/api/tenants/{slug}/mail/lists/{address}")
    MailingListView get(@PathVariable String slug, @PathVariable String address) {
        MailingListView view = find(addresses.tenant(slug), TenantMailAddresses.fromPath(address, "list"));
        if (view == null) {
            throw new NotFoundException("the tenant has no list '" + address + "'");
        }
        return view;
    }

    @DeleteMapping("/api/tenants/{slug}/mail/lists/{address}")
    ResponseEntity<MailingListView> remove(@PathVariable String slug, @PathVariable("address") String raw) {
        TenantId tenant = addresses.tenant(slug);
        MailAddress address = existing(tenant, raw);
        var outcome = readModel.sendThenAwaitUpdate(
                () -> commands.sendAndWait(new RemoveMailingListCommand(MailingListId.of(address), tenant, java.util.UUID.randomUUID().toString())),
                new FindMailingListQuery(tenant, address), MailingListView.class,
                view -> view.status() == MailObjectStatus.REMOVED || view.status() == MailObjectStatus.NEEDS_ATTENTION,
                SHORT_WAIT);
        if (outcome.isEmpty()) {
            return ResponseEntity.accepted().location(MailOperations.listOperation(slug, address))
                    .body(find(tenant, address));
        }
        if (outcome.get().status() != MailObjectStatus.REMOVED) {
            throw new RuleViolationException("list-removal-failed", "the list " + address + " could not be removed: "
                    + outcome.get().reason());
        }
        return ResponseEntity.noContent().build();
    }

    private static String name(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > MAX_NAME) {
            throw new InvalidValueException("name", "name is required (at most " + MAX_NAME + " characters)");
        }
        return raw.strip();
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
        MailAddress address = TenantMailAddresses.fromPath(raw, "list");
        MailingListView view = find(tenant, address);
        if (view == null || !view.status().inUse()) {
            throw new NotFoundException("the tenant has no list '" + raw + "'");
        }
        return address;
    }

    /** A create that fails after the claim frees the address again, so the admin can retry. */
    private void create(CreateMailingListCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            commands.sendAndWait(new ReleaseMailAddressCommand(command.id().address(), command.id().toString()));
            throw e;
        }
    }

    private static URI location(String slug, MailAddress address) {
        return URI.create("/api/tenants/" + slug + "/mail/lists/" + address);
    }

    private MailingListView find(TenantId tenant, MailAddress address) {
        return queries.query(new FindMailingListQuery(tenant, address),
                ResponseTypes.optionalInstanceOf(MailingListView.class)).join().orElse(null);
    }
}

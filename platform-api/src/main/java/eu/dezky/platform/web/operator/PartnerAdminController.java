package eu.dezky.platform.web.operator;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.partner.CreatePartnerCommand;
import eu.dezky.api.partner.FindPartnerQuery;
import eu.dezky.api.partner.FindPartnersQuery;
import eu.dezky.api.partner.PartnerList;
import eu.dezky.api.partner.PartnerView;
import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.platform.web.partner.StaffChanges;
import eu.dezky.platform.web.partner.StaffRequests;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code /api/operator/partners}: operators register resellers and manage any partner's staff. A partner's id is
 * chosen here, {@code p_} and 16 random hex digits: the underscore keeps it apart from every tenant slug (the event
 * store's unique key ignores the aggregate type), the SSO puts it into the partner claim of the staff's tokens.
 */
@RestController
@RequestMapping("/api/operator/partners")
class PartnerAdminController {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final StaffChanges staff;

    PartnerAdminController(CommandGateway commands, QueryGateway queries, ReadModelWait readModel, StaffChanges staff) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.staff = staff;
    }

    /** Body of {@code POST /api/operator/partners}. */
    record CreatePartnerRequest(String name, String billingEmail) {
    }

    /** Every partner, ordered by name. */
    record Partners(List<StaffRequests.Partner> partners) {
    }

    @PostMapping
    ResponseEntity<StaffRequests.Partner> create(@RequestBody CreatePartnerRequest body) {
        InvalidValueException.require(body != null, "name", "a body with name and billingEmail is required");
        InvalidValueException.require(body.billingEmail() != null, "billingEmail", "billingEmail is required");
        EmailAddress billing;
        try {
            billing = new EmailAddress(body.billingEmail());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("billingEmail", e.getMessage());
        }
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        PartnerId id = new PartnerId("p_" + HexFormat.of().formatHex(random));
        CreatePartnerCommand command = new CreatePartnerCommand(id, body.name(), billing);
        PartnerView view = readModel.sendThenAwait(() -> commands.sendAndWait(command), new FindPartnerQuery(id),
                PartnerView.class, READ_MODEL_WAIT).orElse(null);
        // The partner exists once the command returned; a lagging read model only delays the body, not the 201.
        return ResponseEntity.created(URI.create("/api/operator/partners/" + id.value()))
                .body(view == null ? new StaffRequests.Partner(id.value(), command.name(), billing.value(), null,
                        List.of()) : StaffRequests.Partner.of(view));
    }

    @GetMapping
    Partners list() {
        return new Partners(queries.query(new FindPartnersQuery(), ResponseTypes.instanceOf(PartnerList.class)).join()
                .partners().stream().map(StaffRequests.Partner::of).toList());
    }

    @GetMapping("/{id}")
    StaffRequests.Partner get(@PathVariable String id) {
        return StaffRequests.Partner.of(staff.partner(id));
    }

    @PostMapping("/{id}/staff")
    ResponseEntity<StaffRequests.Staff> addStaff(@PathVariable String id, @RequestBody StaffRequests.StaffBody body) {
        PartnerId partner = new PartnerId(staff.partner(id).id());
        StaffRequests.Staff added = staff.add(partner, body);
        return ResponseEntity.created(URI.create("/api/operator/partners/" + id + "/staff/" + added.subject()))
                .body(added);
    }

    @DeleteMapping("/{id}/staff/{subject}")
    ResponseEntity<Void> removeStaff(@PathVariable String id, @PathVariable String subject) {
        staff.remove(new PartnerId(staff.partner(id).id()), subject);
        return ResponseEntity.noContent().build();
    }
}

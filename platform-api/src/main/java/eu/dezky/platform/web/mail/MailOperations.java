package eu.dezky.platform.web.mail;

import eu.dezky.api.mail.FindMailAliasesQuery;
import eu.dezky.api.mail.FindMailingListsQuery;
import eu.dezky.api.mail.MailAliasList;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.MailingListList;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Alias and list operations under the contract's {@code GET /api/tenants/{slug}/operations/{id}}, where every 202
 * points. The id is derived from the address (a name-based UUID), so each 202 for one alias or list names the same
 * operation, which shows its current state: status, reason and the mail-server step.
 */
@Component
public class MailOperations {

    /** The operation a 202 of an alias or list route points to. */
    record Operation(String id, String kind, MailObjectStatus status, String reason, MailStep step, String address,
                     String resource) {
    }

    private final QueryGateway queries;

    MailOperations(QueryGateway queries) {
        this.queries = queries;
    }

    static URI aliasOperation(String slug, MailAddress address) {
        return URI.create("/api/tenants/" + slug + "/operations/" + id("mail-alias", address.value()));
    }

    static URI listOperation(String slug, MailAddress address) {
        return URI.create("/api/tenants/" + slug + "/operations/" + id("mailing-list", address.value()));
    }

    /** The tenant's alias or list whose operation has this id, as an operation; empty when none has. */
    public Optional<Operation> find(TenantId tenant, String slug, String operationId) {
        Optional<Operation> alias = queries.query(new FindMailAliasesQuery(tenant),
                        ResponseTypes.instanceOf(MailAliasList.class)).join().aliases().stream()
                .filter(view -> id("mail-alias", view.address()).equals(operationId)).findFirst()
                .map(view -> new Operation(operationId, "mail-alias", view.status(), view.reason(), view.step(),
                        view.address(), "/api/tenants/" + slug + "/mail/aliases/" + view.address()));
        if (alias.isPresent()) {
            return alias;
        }
        return queries.query(new FindMailingListsQuery(tenant),
                        ResponseTypes.instanceOf(MailingListList.class)).join().lists().stream()
                .filter(view -> id("mailing-list", view.address()).equals(operationId)).findFirst()
                .map(view -> new Operation(operationId, "mailing-list", view.status(), view.reason(), view.step(),
                        view.address(), "/api/tenants/" + slug + "/mail/lists/" + view.address()));
    }

    private static String id(String kind, String address) {
        return UUID.nameUUIDFromBytes((kind + ":" + address).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

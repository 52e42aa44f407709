package eu.dezky.platform.application.tenant;

import eu.dezky.api.common.DisplayText;
import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.tenant.ChangeTenantDetailsCommand;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.TenantAdmin;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.ReadModelWait;
import eu.dezky.platform.application.TenantReads;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes a tenant's display name and admins (a merge-patch: null is unchanged; {@code admins} replaces the whole
 * list, the owner's entry included). Engine state only: no external system holds either, so the answer is the tenant
 * as the read model shows it once the change arrived there. Values are checked as on create.
 */
@Component
public class TenantDetails {

    private static final int MAX_NAME = 100;

    private final CommandGateway commands;
    private final TenantReads reads;
    private final ReadModelWait readModel;

    TenantDetails(CommandGateway commands, TenantReads reads, ReadModelWait readModel) {
        this.commands = commands;
        this.reads = reads;
        this.readModel = readModel;
    }

    /** Changes what the patch names and answers the tenant, waiting up to {@code wait} for the read model. */
    public TenantView change(String slug, String rawDisplayName, List<TenantRegistration.NewTenant.Owner> rawAdmins,
                             Duration wait) {
        TenantView tenant = reads.tenant(slug);
        TenantId tenantId = new TenantId(tenant.slug());
        String displayName = rawDisplayName == null ? null : DisplayText.require("displayName", rawDisplayName,
                MAX_NAME);
        List<TenantAdmin> admins = rawAdmins == null ? null : admins(rawAdmins);
        if (displayName == null && admins == null) {
            return tenant;
        }
        return readModel.sendThenAwait(() -> commands.sendAndWait(new ChangeTenantDetailsCommand(tenantId,
                                displayName, admins)), new FindTenantQuery(tenantId), TenantView.class,
                        view -> (displayName == null || displayName.equals(view.displayName()))
                                && (admins == null || admins.equals(view.admins())), wait)
                .orElseGet(() -> reads.tenant(slug));
    }

    /** At least one admin, each with a subject and an e-mail; a subject named twice is kept once (the first). */
    private static List<TenantAdmin> admins(List<TenantRegistration.NewTenant.Owner> raw) {
        InvalidValueException.require(!raw.isEmpty(), "admins", "admins must name at least one admin");
        Map<String, TenantAdmin> bySubject = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String field = "admins[" + i + "]";
            var given = raw.get(i);
            InvalidValueException.require(given != null, field, field + " must be an object with subject and email");
            TenantOwner admin = Fields.parse(field, given, () -> new TenantOwner(given.subject(),
                    Fields.parse(field + ".email", given.email(), () -> new EmailAddress(given.email()))));
            bySubject.putIfAbsent(admin.subject(), new TenantAdmin(admin.subject(), admin.email()));
        }
        return new ArrayList<>(bySubject.values());
    }
}

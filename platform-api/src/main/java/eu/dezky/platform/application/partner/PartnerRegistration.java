package eu.dezky.platform.application.partner;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.partner.CreatePartnerCommand;
import eu.dezky.api.partner.FindPartnerQuery;
import eu.dezky.api.partner.PartnerView;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.ReadModelWait;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Registers a reseller. Its id is chosen here, {@code p_} and 16 random hex digits: the underscore keeps it apart from
 * every tenant slug (the event store's unique key ignores the aggregate type); the SSO puts it into the partner claim
 * of the staff's tokens.
 */
@Component
public class PartnerRegistration {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commands;
    private final ReadModelWait readModel;

    PartnerRegistration(CommandGateway commands, ReadModelWait readModel) {
        this.commands = commands;
        this.readModel = readModel;
    }

    /** The partner as the read model shows it; while it lags, what the command recorded (no staff yet). */
    public PartnerView register(String name, String rawBillingEmail) {
        EmailAddress billing = Fields.parse("billingEmail", rawBillingEmail, () -> new EmailAddress(rawBillingEmail));
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        PartnerId id = new PartnerId("p_" + HexFormat.of().formatHex(random));
        CreatePartnerCommand command = new CreatePartnerCommand(id, name, billing);
        InvalidValueException.require(command.name() != null, "name", "name is required");
        return readModel.sendThenAwait(() -> commands.sendAndWait(command), new FindPartnerQuery(id),
                        PartnerView.class, READ_MODEL_WAIT)
                .orElseGet(() -> new PartnerView(id.value(), command.name(), billing.value(), null, List.of()));
    }
}

package eu.dezky.platform.web.billing;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.api.billing.FindMrrQuery;
import eu.dezky.api.billing.MrrDay;
import eu.dezky.api.billing.MrrReport;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import eu.dezky.platform.security.Caller;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * MRR per UTC day per currency, in minor units: {@code GET /api/partner/mrr} for the caller's partner's customers,
 * {@code GET /api/operator/mrr} for every tenant. A day's figure is the MRR in force at the end of that day; today's
 * is the MRR in force now; later days are not answered. Without {@code from} and {@code to}: the last 30 days.
 */
@RestController
@Tag(name = "billing")
class MrrController {

    private static final int DEFAULT_DAYS = 30;

    private final QueryGateway queries;

    MrrController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The range answered (clipped at today) and one entry per day. */
    @Schema(name = "Mrr")
    record Mrr(LocalDate from, LocalDate to, List<MrrDay> days) {
    }

    @GetMapping("/api/partner/mrr")
    Mrr partner(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @AuthenticationPrincipal Caller caller) {
        return mrr(caller.partnerId(), from, to);
    }

    @GetMapping("/api/operator/mrr")
    Mrr operator(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return mrr(null, from, to);
    }

    private Mrr mrr(PartnerId partner, String rawFrom, String rawTo) {
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
        LocalDate to = blank(rawTo) ? today : date("to", rawTo);
        LocalDate from = blank(rawFrom) ? to.minusDays(DEFAULT_DAYS - 1L) : date("from", rawFrom);
        MrrReport report = queries.query(new FindMrrQuery(partner, from, to), ResponseTypes.instanceOf(MrrReport.class))
                .join();
        return new Mrr(from, report.days().isEmpty() ? null : report.days().get(report.days().size() - 1).date(),
                report.days());
    }

    private static LocalDate date(String field, String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, field + " must be a date such as 2026-01-31");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

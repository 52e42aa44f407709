package eu.dezky.platform.web.mail;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The alias and list routes' request bodies. */
final class MailRequests {

    private MailRequests() {
    }

    /** {@code POST /mail/aliases}: {@code {"address":"sales@example.org","memberId":"…"}}. */
    @Schema(name = "CreateAliasRequest")
    record CreateAlias(String address, String memberId) {
    }

    /** {@code POST /mail/lists}: {@code {"address":"team@example.org","name":"Team","recipients":[…]}}. */
    @Schema(name = "CreateListRequest")
    record CreateList(String address, String name, List<String> recipients) {
    }

    /** {@code PUT /mail/lists/{address}}: {@code {"name":"Team","recipients":[…]}} replaces both. */
    @Schema(name = "ChangeListRequest")
    record ChangeList(String name, List<String> recipients) {
    }
}

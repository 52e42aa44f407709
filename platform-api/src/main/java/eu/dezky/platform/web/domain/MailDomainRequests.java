package eu.dezky.platform.web.domain;

import io.swagger.v3.oas.annotations.media.Schema;
/**
 * Bodies of the mail-domain routes, as the portal sends them. Plain strings, so a malformed value becomes a 400
 * naming its field rather than a JSON parse error.
 */
final class MailDomainRequests {

    private MailDomainRequests() {
    }

    /** {@code POST /api/tenants/{slug}/domains}. */
    @Schema(name = "AddMailDomainRequest")
    record Add(String domain) {
    }

    /** {@code PUT /api/tenants/{slug}/domains/{domain}/dmarc}; {@code rua} is optional. */
    @Schema(name = "ChangeDmarcRequest")
    record Dmarc(String policy, String rua) {
    }
}

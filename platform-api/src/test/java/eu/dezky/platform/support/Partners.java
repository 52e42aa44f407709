package eu.dezky.platform.support;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP, as an operator: partners and their staff, and partner tokens of that staff from the dev issuer. */
public final class Partners {

    private final Api api;
    private final String operator;

    public Partners(Api api) {
        this.api = api;
        this.operator = api.token("op", "operator");
    }

    /** Registers a partner; answers its id. */
    public String create(String name) {
        Api.Response created = api.post("/api/operator/partners", operator,
                Map.of("name", name, "billingEmail", "billing@" + name.toLowerCase().replace(' ', '-') + ".test"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    /** Makes {@code subject} staff of the partner with {@code role} (admin|member); answers their partner token. */
    public String staff(String partnerId, String subject, String role) {
        Api.Response added = api.post("/api/operator/partners/" + partnerId + "/staff", operator,
                Map.of("subject", subject, "email", subject + "@partner.test", "role", role));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return api.token(subject, "partner", partnerId);
    }

    /** Takes {@code subject} off the partner's staff list. */
    public void removeStaff(String partnerId, String subject) {
        Api.Response removed = api.send("DELETE", "/api/operator/partners/" + partnerId + "/staff/" + subject, operator,
                null, Map.of());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
    }
}

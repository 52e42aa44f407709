package eu.dezky.sagas.steps;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.http.AdapterException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: vendor error codes become reasons a tenant admin can act on; the vendor's text stays for operators. */
class VendorReasonsTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            stalwart  | 200 | x:Account/set new: invalidForeignKey [domainId]                 | check the tenant's mail domain
            stalwart  | 200 | x:Account/set new: primaryKeyViolation [email]                  | choose another address
            stalwart  | 200 | x:Account/set new: validationFailed (Required name)             | does not accept a value
            stalwart  | 200 | x:Account/set new: overQuota - too many accounts                | an operator must raise it
            stalwart  | 200 | x:Account/set new: forbidden - You are not authorized            | check the engine's permissions
            ocis      | 400 | POST /v1.0/users: invalidRequest: invalid request body          | does not accept a value
            ocis      | 409 | POST /v1.0/users: nameAlreadyExists: a user with that name      | remove or rename it there
            ocis      | 507 | POST /v1.0/users: quotaLimitReached: quota                      | an operator must raise it
            ocis      | 401 | GET /v1.0/users: HTTP 401 (Bearer)                              | renew them
            authentik | 400 | POST /core/users/: {"username":["Enter a valid username."]}     | choose another one
            authentik | 400 | POST /core/users/{id}/set_password/: {"password":["too weak"]}  | password policy
            authentik | 403 | POST /core/users/: You do not have permission                   | check the engine's permissions
            authentik | 503 | POST /core/users/: Simulated fault 503                          | internal error (HTTP 503)
            authentik | 418 | POST /core/users/: teapot                                       | the operation's step shows its answer
            """)
    void aVendorErrorReadsAsWhatTheAdminCanDo(String target, int status, String raw, String words) {
        AdapterException error = new AdapterException(Kind.REJECTED, target, status, raw, null, null);

        String reason = VendorReasons.explain(error);

        assertThat(reason).contains(words);
        assertThat(reason).as("no vendor code in the admin's words").doesNotContain("invalidForeignKey")
                .doesNotContain("nameAlreadyExists").doesNotContain("{");
    }

    @Test
    void noAnswerAndThrottlingAreSaidAsSuch() {
        assertThat(VendorReasons.explain(new AdapterException(Kind.TRANSIENT, "ocis", 0, "connect timed out", null,
                null))).contains("did not answer");
        assertThat(VendorReasons.explain(AdapterException.throttled("ocis", "limiter", Duration.ofSeconds(1))))
                .contains("slow down");
    }

    @Test
    void theEnginesOwnRefusalKeepsItsWords() {
        AdapterException off = AdapterException.of(Kind.REJECTED, "Stalwart",
                "Stalwart provisioning is switched off in the engine");
        assertThat(VendorReasons.explain(off)).isEqualTo("Stalwart provisioning is switched off in the engine");
    }

    @Test
    void theFailedStepsDetailKeepsTheVendorsAnswer() {
        AdapterException error = new AdapterException(Kind.REJECTED, "stalwart", 200,
                "x:Account/set new: invalidForeignKey [domainId]", null, null);
        Failure failure = new Failure(Step.step("MAILBOX", SystemSettings.defaults("Stalwart")), error, 1);

        assertThat(failure.reason()).doesNotContain("invalidForeignKey");
        assertThat(failure.raw()).contains("invalidForeignKey");
        assertThat(failure.detail("Stalwart refused")).startsWith("Stalwart refused").contains("invalidForeignKey");
    }
}

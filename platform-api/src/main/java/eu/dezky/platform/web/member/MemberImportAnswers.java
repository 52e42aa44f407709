package eu.dezky.platform.web.member;

import eu.dezky.platform.application.member.MemberImport;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The import routes' bodies. The one-time passwords appear in the one download and nowhere else. */
final class MemberImportAnswers {

    private MemberImportAnswers() {
    }

    /** One row of a JSON import, the same fields as the CSV's columns. */
    @Schema(name = "MemberImportRow")
    record ImportRow(String displayName, String username, String role) {
    }

    /**
     * A dry run: per row its number (1 = the first data row), the mailbox it asks for, and {@code create} or
     * {@code refused} with a code ({@code invalid-value}, {@code duplicate-in-file}, {@code address-taken},
     * {@code no-primary-domain}), the field at fault and why; the counts of both.
     */
    @Schema(name = "MemberImportDryRun")
    record DryRun(List<MemberImport.Plan> rows, long create, long refused) {

        static DryRun of(List<MemberImport.Plan> plans) {
            long create = plans.stream().filter(plan -> plan.outcome().equals("create")).count();
            return new DryRun(plans, create, plans.size() - create);
        }
    }

    /** An import started: its operation, how many rows it has, and where its one-time passwords are read once. */
    @Schema(name = "MemberImportStarted")
    record Started(String operationId, int rows, String passwords) {
    }

    /** The one download of an import's one-time passwords. */
    @Schema(name = "MemberImportPasswords")
    record Passwords(List<MemberImport.Password> rows) {
    }
}

package eu.dezky.platform.docs;

import eu.dezky.api.member.MemberStatus;
import eu.dezky.platform.problem.ProblemCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: every problem {@code code} the engine can answer has its {@code type} URI documented: the README's
 * "Problems" table lists each. The codes are read from the sources (the engine's own, the business rules the
 * aggregates and application services name, the member status rule), so a new code without documentation fails.
 */
class ProblemCodesDocumentedTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern RULE = Pattern.compile("RuleViolationException\\(\\s*\"([a-z-]+)\"");
    private static final Pattern CREATE = Pattern.compile("sendCreate\\([^;]*?\"([a-z]+(?:-[a-z]+)+)\"");
    private static final Pattern OWN = Pattern.compile("Problems\\.of\\([^,]+,\\s*\"([a-z-]+)\"");

    @Test
    void everyProblemCodeIsInTheReadmesProblemsTable() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        String problems = readme.substring(readme.indexOf("### Problems"));

        for (String code : codes()) {
            assertThat(problems).as("README documents the problem code " + code).contains("`" + code + "`");
        }
        assertThat(problems).contains("https://docs.dezky.eu/problems/");
    }

    static Set<String> codes() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (ProblemCode code : ProblemCode.values()) {
            codes.add(code.code());
        }
        for (MemberStatus status : MemberStatus.values()) {
            codes.add("member-" + status.name().toLowerCase(Locale.ROOT));
        }
        for (String module : new String[] {"command-api", "domain", "sagas", "platform-api"}) {
            try (Stream<Path> files = Files.walk(REPO.resolve(module).resolve("src/main/java"))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    String source = read(file);
                    for (Pattern pattern : new Pattern[] {RULE, CREATE, OWN}) {
                        Matcher matcher = pattern.matcher(source);
                        while (matcher.find()) {
                            codes.add(matcher.group(1));
                        }
                    }
                });
            }
        }
        codes.remove("member-");
        assertThat(codes).contains("tenant-exists", "address-taken", "self-action", "domain-in-use");
        return codes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

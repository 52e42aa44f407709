package eu.dezky.platform.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment documents stay true: every environment variable the engine reads is in the README's table and in
 * .env.example, and docker-compose.yml is a valid compose file (checked by the real {@code docker-compose}, which
 * .ci/run installs).
 */
class DeploymentDocsTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]");

    @Test
    void everyVariableTheEngineReadsIsDocumentedInTheReadmeAndEnvExample() throws IOException {
        Set<String> read = variablesIn(REPO.resolve("platform-api/src/main/resources/application.yml"));
        String readme = Files.readString(REPO.resolve("README.md"));
        String envExample = Files.readString(REPO.resolve(".env.example"));

        assertThat(read).isNotEmpty();
        for (String variable : read) {
            assertThat(readme).as("README documents " + variable).contains("`" + variable + "`");
            assertThat(envExample).as(".env.example lists " + variable).containsPattern("(?m)^#? ?" + variable + "=");
        }
    }

    @Test
    void composeFileIsValid() throws Exception {
        Process process = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "--env-file", ".env.example",
                "config", "-q").directory(REPO.toFile()).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("docker-compose config finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static Set<String> variablesIn(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(Files.readString(file));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

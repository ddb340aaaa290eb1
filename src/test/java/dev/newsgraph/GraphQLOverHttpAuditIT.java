package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The GraphQL over HTTP specification's audit (the graphql-http package's own list, run by bench/http-audit/audit.mjs)
 * against the packaged app: every MUST and SHOULD passes, and at least 20 of the 25 MAYs. Needs Node.js; skipped
 * without it unless {@code -Dnewsgraph.http-audit.required=true} (CI sets it).
 */
class GraphQLOverHttpAuditIT {

    private static final Path AUDIT = Path.of("bench/http-audit");

    @TempDir
    Path data;

    @Test
    void theGraphQLOverHttpAuditPassesEveryMustAndShould() throws Exception {
        boolean required = Boolean.getBoolean("newsgraph.http-audit.required");
        boolean node = run(List.of("node", "--version"), Duration.ofSeconds(20)).exit() == 0;
        if (!required) {
            Assumptions.assumeTrue(node, "Node.js is not installed; the GraphQL over HTTP audit needs it");
        }
        assertThat(node).as("node on the PATH").isTrue();
        if (!Files.isDirectory(AUDIT.resolve("node_modules/graphql-http"))) {
            Result install = run(List.of("npm", "ci", "--prefix", AUDIT.toString(), "--no-audit", "--no-fund"),
                    Duration.ofMinutes(3));
            assertThat(install.exit()).as("npm ci in " + AUDIT + ":\n" + install.output()).isZero();
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).start();
                PackagedApp app = PackagedApp.start("http-audit", postgres.getPort(), Map.of())) {
            assertThat(app.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(90))).as("ready").isTrue();
            Result audit = run(List.of("node", AUDIT.resolve("audit.mjs").toString(), "http://localhost:" + app.port() + "/graphql",
                    "--min", "MUST=13,SHOULD=23,MAY=20"), Duration.ofMinutes(2));
            System.out.println("GraphQL over HTTP audit:\n" + audit.output());
            assertThat(audit.exit()).as("the audit's verdict:\n" + audit.output()).isZero();
            assertThat(audit.output()).contains("MUST 13/13", "SHOULD 23/23");
        }
    }

    record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Duration limit) throws Exception {
        Path output = Files.createTempFile("newsgraph-audit", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + limit + ": " + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return new Result(-1, String.valueOf(e.getMessage()));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}

package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.json.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The packaged app rides out a database that is missing at boot, and one that restarts while it serves. */
class DatabaseOutageIT {

    @TempDir
    Path data;

    @Test
    void startsWithoutTheDatabaseThenLoadsTheCorpusOnceItAppears() throws Exception {
        int databasePort = PackagedApp.freePort();
        try (PackagedApp app = PackagedApp.start("db-late", databasePort, Map.of())) {
            assertThat(app.awaitStatus("/q/health/live", 200, Duration.ofSeconds(60))).as("live without a database").isTrue();
            assertThat(app.status("/q/health/ready")).as("not ready without a database").isEqualTo(503);
            Thread.sleep(2000);
            assertThat(app.status("/q/health/ready")).isEqualTo(503);

            EmbeddedPostgres postgres = startPostgres(databasePort);
            try {
                assertThat(app.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(60))).as("ready once the database is up").isTrue();
                JsonObject answer = new JsonObject(app.graphql("{ articles { totalCount } }", null));
                assertThat(answer.getJsonArray("errors")).isNull();
                assertThat(answer.getJsonObject("data").getJsonObject("articles").getInteger("totalCount")).isEqualTo(2);
            } finally {
                postgres.close();
            }
        }
    }

    @Test
    void aDatabaseRestartFailsRequestsFastWithACodeThenServiceResumes() throws Exception {
        int databasePort = PackagedApp.freePort();
        EmbeddedPostgres postgres = startPostgres(databasePort);
        try (PackagedApp app = PackagedApp.start("db-restart", databasePort, Map.of())) {
            assertThat(app.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(90))).isTrue();
            String query = "{ articles(first: 5) { edges { node { title claims { text } } } } }";
            assertThat(new JsonObject(app.graphql(query, null)).getJsonArray("errors")).isNull();

            postgres.close();
            long[] took = new long[1];
            JsonObject during = new JsonObject(app.graphql(query, took));
            assertThat(during.getJsonArray("errors")).isNotEmpty();
            assertThat(during.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(took[0]).as("ms until the failure answered").isLessThan(7000);
            assertThat(app.isAlive()).isTrue();

            postgres = startPostgres(databasePort);
            JsonObject after = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                after = new JsonObject(app.graphql(query, null));
                if (after.getJsonArray("errors") == null) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(after.getJsonArray("errors")).as("service resumes without a restart").isNull();
            assertThat(after.getJsonObject("data").getJsonObject("articles").getJsonArray("edges")).hasSize(2);
        } finally {
            postgres.close();
        }
    }

    private EmbeddedPostgres startPostgres(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }
}

package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Outside dev and test mode, an app given no database settings stops at once and says which to set. */
class MissingDatabaseSettingsIT {

    @Test
    void withoutDatasourceVariablesTheAppExitsPromptlyNamingThem() throws Exception {
        long started = System.nanoTime();
        try (PackagedApp app = PackagedApp.launch("no-database", Map.of("NEWSGRAPH_CORPUS_PATH", "seeds"))) {
            Integer exitCode = app.awaitExit(Duration.ofSeconds(30));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(exitCode).as("exit code").isNotNull().isNotZero();
            assertThat(tookMillis).as("ms until it exited").isLessThan(20_000);
            assertThat(app.log()).contains("No database configured").contains("QUARKUS_DATASOURCE_REACTIVE_URL")
                    .contains("QUARKUS_DATASOURCE_JDBC_URL").contains("QUARKUS_DATASOURCE_USERNAME")
                    .contains("QUARKUS_DATASOURCE_PASSWORD");
            System.out.printf("No database settings: exit %d after %d ms%n", exitCode, tookMillis);
        }
    }
}

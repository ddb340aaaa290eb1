package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Replicas started together migrate the schema once and load the corpus exactly once. */
class ReplicasIT {

    @Test
    void twoInstancesStartingAtOnceLoadTheCorpusOnceAndBothBecomeReady() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                PackagedApp first = PackagedApp.start("replica-1", postgres.getPort(), Map.of());
                PackagedApp second = PackagedApp.start("replica-2", postgres.getPort(), Map.of())) {
            assertThat(first.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(120))).as("replica 1 ready").isTrue();
            assertThat(second.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(120))).as("replica 2 ready").isTrue();
            try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select (select count(*) from article), (select count(distinct content_hash) "
                            + "from article), (select count(*) from flyway_schema_history where success), "
                            + "(select count(*) from (select name from source group by name having count(*) > 1) d)")) {
                rs.next();
                assertThat(rs.getLong(1)).as("articles").isEqualTo(2);
                assertThat(rs.getLong(2)).as("distinct texts").isEqualTo(2);
                assertThat(rs.getLong(4)).as("duplicated sources").isZero();
            }
            String firstLog = first.log();
            String secondLog = second.log();
            int created = createdCount(firstLog) + createdCount(secondLog);
            assertThat(created).as("articles created across both replicas").isEqualTo(2);
        }
    }

    private static int createdCount(String log) {
        var matcher = java.util.regex.Pattern.compile("2 files \\((\\d+) new").matcher(log);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}

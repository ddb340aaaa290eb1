package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A failure midway through storing an article leaves nothing behind. The failure is real: a PostgreSQL
 * trigger rejects the article's claims, after the article row itself has been inserted.
 */
@QuarkusTest
class IngestAtomicityTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void installTrigger() throws SQLException {
        GraphQLClient.awaitReady();
        execute("""
                create or replace function reject_poisoned_claim() returns trigger language plpgsql as $$
                begin
                  if new.evidence_text like '%POISONED%' then
                    raise exception 'simulated failure midway through an ingest';
                  end if;
                  return new;
                end $$""");
        execute("create or replace trigger reject_poisoned_claim before insert on claim "
                + "for each row execute function reject_poisoned_claim()");
    }

    @AfterEach
    void removeTrigger() throws SQLException {
        execute("drop trigger if exists reject_poisoned_claim on claim");
    }

    @Test
    void aFailureMidwayWritesNothingAndTheServerKeepsServing() throws SQLException {
        String marker = UUID.randomUUID().toString();
        String text = """
                Poisoned article %s

                “This sentence is POISONED and will fail,” said Ann Example, a professor of testing at Fault University.
                """.formatted(marker);
        long articles = count("article");
        long claims = count("claim");
        long experts = count("expert");

        JsonPath response = IngestMutationTest.ingest(text, Tokens.withRole("editor"));

        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(response.getString("errors[0].message")).doesNotContain("simulated").doesNotContain("insert")
                .doesNotContain("Exception").doesNotContain("claim");
        assertThat(count("article")).isEqualTo(articles);
        assertThat(count("claim")).isEqualTo(claims);
        assertThat(count("expert")).isEqualTo(experts);

        JsonPath after = IngestMutationTest.ingest(IngestMutationTest.article(UUID.randomUUID().toString()), Tokens.withRole("editor"));
        assertThat(after.getList("errors")).isNull();
        assertThat(after.getBoolean("data.ingestArticle.created")).isTrue();
    }

    private long count(String table) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

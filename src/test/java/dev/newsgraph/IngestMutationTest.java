package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** ingestArticle and deleteArticle: the editor's write path, its guards and its idempotency. */
@QuarkusTest
class IngestMutationTest {

    static final String INGEST = """
            mutation Ingest($input: IngestArticleInput!) {
              ingestArticle(input: $input) {
                created
                errors { code message field }
                article { id title publishedOn publisher { name } body
                          citedSources { name stateRun } experts { name role affiliation category }
                          claims { text kind stance claimant claimantType expert { name } source { name }
                                   evidence { start end text } }
                          agreements { name parties status } }
              }
            }""";

    static final String DELETE = "mutation Delete($id: ID!) { deleteArticle(id: $id) }";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void ready() {
        GraphQLClient.awaitReady();
    }

    /** An article of our own writing, marked so each test's copy is a new text. */
    static String article(String marker) {
        return """
                Harbour deal talks resume – Coastal Times – 03/14/2025

                By Maria Jensen and Tom Okafor

                Norway and Iceland plan to sign an agreement on fisheries cooperation, including on quotas and research, \
                Norwegian trade minister Ola Berg said, according to the state-run Nordic Wire news agency.

                “We have waited too long for this,” said Kari Lund, a professor of marine economics at Bergen Maritime University in Norway.

                “The quotas will settle a decade of disputes,” she added.

                Iceland says the deal will protect its cod stocks. (Norway denies this.)

                See also  Ten best fjord hotels

                This report carries the reference %s.
                """.formatted(marker);
    }

    static Map<String, Object> input(String text) {
        Map<String, Object> input = new HashMap<>();
        input.put("text", text);
        return input;
    }

    static JsonPath ingest(String text, String token) {
        return GraphQLClient.post(INGEST, Map.of("input", input(text)), token);
    }

    @Test
    void editorIngestsANewArticleAndCanQueryIt() {
        String marker = UUID.randomUUID().toString();
        JsonPath response = ingest(article(marker), Tokens.withRole("editor"));
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getBoolean("data.ingestArticle.created")).isTrue();
        assertThat(response.getList("data.ingestArticle.errors")).isEmpty();
        assertThat(response.getString("data.ingestArticle.article.title")).isEqualTo("Harbour deal talks resume");
        assertThat(response.getString("data.ingestArticle.article.publishedOn")).isEqualTo("2025-03-14");
        assertThat(response.getString("data.ingestArticle.article.body")).doesNotContain("fjord hotels");
        assertThat(response.getList("data.ingestArticle.article.experts.name")).contains("Kari Lund");
        assertThat(response.getList("data.ingestArticle.article.claims.claimant")).contains("Kari Lund");

        String id = response.getString("data.ingestArticle.article.id");
        JsonPath read = GraphQLClient.post("query($id: ID!) { article(id: $id) { id title claims { text evidence { text } } } }",
                Map.of("id", id));
        assertThat(read.getList("errors")).isNull();
        assertThat(read.getString("data.article.title")).isEqualTo("Harbour deal talks resume");
        assertThat(read.getList("data.article.claims.text")).contains("We have waited too long for this");
    }

    @Test
    void reIngestingTheSameTextReturnsTheStoredArticleWithCreatedFalse() {
        String text = article(UUID.randomUUID().toString());
        JsonPath first = ingest(text, Tokens.withRole("editor"));
        JsonPath second = ingest(text, Tokens.withRole("editor"));
        assertThat(first.getList("errors")).isNull();
        assertThat(second.getList("errors")).isNull();
        assertThat(first.getBoolean("data.ingestArticle.created")).isTrue();
        assertThat(second.getBoolean("data.ingestArticle.created")).isFalse();
        assertThat(second.getString("data.ingestArticle.article.id")).isEqualTo(first.getString("data.ingestArticle.article.id"));
        assertThat(countWhere("article", "body like '%" + text.substring(text.lastIndexOf(' ') + 1).strip() + "%'")).isEqualTo(1);
    }

    @Test
    void htmlPagesAreTurnedIntoTextBeforeExtraction() {
        String marker = UUID.randomUUID().toString();
        String html = "<!DOCTYPE html><html><head><title>x</title><script>var tracking = 1;</script></head><body>"
                + "<h1>Harbour deal talks resume</h1><p>By Maria Jensen</p>"
                + "<p>“We have waited too long for this,” said Kari Lund, a professor of marine economics at Bergen "
                + "Maritime University in Norway.</p><p>Reference " + marker + "</p></body></html>";
        JsonPath response = ingest(html, Tokens.withRole("editor"));
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getBoolean("data.ingestArticle.created")).isTrue();
        String body = response.getString("data.ingestArticle.article.body");
        assertThat(body).contains("We have waited too long").doesNotContain("<p>").doesNotContain("tracking");
    }

    @Test
    void withoutATokenIngestIsUnauthenticatedAndWritesNothing() {
        long before = countWhere("article", "true");
        JsonPath response = ingest(article(UUID.randomUUID().toString()), null);
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(response.getString("data")).isNull();
        assertThat(countWhere("article", "true")).isEqualTo(before);
    }

    @Test
    void aTokenWithoutTheEditorRoleIsForbidden() {
        long before = countWhere("article", "true");
        JsonPath response = ingest(article(UUID.randomUUID().toString()), Tokens.withRole("reader"));
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(countWhere("article", "true")).isEqualTo(before);
    }

    @Test
    void aTokenSignedByAnUntrustedKeyIsRejectedWithHttp401AndNoDetails() {
        long before = countWhere("article", "true");
        var response = io.restassured.RestAssured.given().contentType("application/json")
                .header("Authorization", "Bearer " + Tokens.signedByStranger())
                .body(Map.of("query", INGEST, "variables", Map.of("input", input(article(UUID.randomUUID().toString())))))
                .post("/graphql").then().extract();
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.asString()).doesNotContain("Exception").doesNotContain("at io.");
        assertThat(countWhere("article", "true")).isEqualTo(before);
    }

    @Test
    void emptyBinaryAndOversizedTextAreRefusedWithCodesAndNothingIsWritten() {
        long before = countWhere("article", "true");
        String editor = Tokens.withRole("editor");
        assertRefused(ingest("   \n\t ", editor), "BAD_USER_INPUT");
        assertRefused(ingest("\u0000\u0001\u0002binary\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f", editor), "BAD_USER_INPUT");
        assertRefused(ingest("x".repeat(2 * 1024 * 1024 + 1), editor), "PAYLOAD_TOO_LARGE");
        assertThat(countWhere("article", "true")).isEqualTo(before);
        // the server keeps serving
        assertThat(GraphQLClient.post("{ articles(first: 1) { edges { cursor } } }", Map.of()).getList("errors")).isNull();
    }

    @Test
    void aDateThatIsNotADateIsABadUserInputError() {
        Map<String, Object> input = input(article(UUID.randomUUID().toString()));
        input.put("publishedOn", "2024-02-31");
        JsonPath response = GraphQLClient.post(INGEST, Map.of("input", input), Tokens.withRole("editor"));
        System.out.println("DATE-ERROR " + response.prettify());
        assertThat(response.getList("errors")).isNotEmpty();
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(response.getString("errors[0].message")).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void deleteRemovesTheArticleAndWhatOnlyItReferenced() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String text = """
                Lake treaty signed

                “The water belongs to everyone,” said Zed Quorvath%s, a professor of hydrology at Lakeside Institute.

                Reference %s
                """.formatted(marker, marker);
        JsonPath created = ingest(text, Tokens.withRole("editor"));
        assertThat(created.getList("errors")).isNull();
        String id = created.getString("data.ingestArticle.article.id");
        assertThat(countWhere("expert", "name like 'Zed Quorvath" + marker + "%'")).isEqualTo(1);

        JsonPath forbidden = GraphQLClient.post(DELETE, Map.of("id", id), Tokens.withRole("reader"));
        assertThat(forbidden.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");

        JsonPath deleted = GraphQLClient.post(DELETE, Map.of("id", id), Tokens.withRole("editor"));
        assertThat(deleted.getList("errors")).isNull();
        assertThat(deleted.getBoolean("data.deleteArticle")).isTrue();
        assertThat(countWhere("article", "id = " + id)).isZero();
        assertThat(countWhere("claim", "article_id = " + id)).isZero();
        assertThat(countWhere("expert", "name like 'Zed Quorvath" + marker + "%'")).isZero();

        JsonPath again = GraphQLClient.post(DELETE, Map.of("id", id), Tokens.withRole("editor"));
        assertThat(again.getBoolean("data.deleteArticle")).isFalse();
    }

    private static void assertRefused(JsonPath response, String code) {
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getBoolean("data.ingestArticle.created")).isFalse();
        assertThat(response.getString("data.ingestArticle.article")).isNull();
        assertThat(response.getString("data.ingestArticle.errors[0].code")).isEqualTo(code);
        assertThat(response.getList("data.ingestArticle.errors[0].field")).containsExactly("input", "text");
    }

    private long countWhere(String table, String condition) {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from " + table + " where " + condition)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

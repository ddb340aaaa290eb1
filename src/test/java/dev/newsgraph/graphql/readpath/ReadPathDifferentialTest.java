package dev.newsgraph.graphql.readpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import dev.newsgraph.GraphQLClient;
import dev.newsgraph.SqlStatements;
import dev.newsgraph.article.Article;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Every query the read path answers must get the very bytes SmallRye answers: each request is sent twice over HTTP,
 * once with the read path switched off and once with it on, and the status, content type and body must be equal.
 * The requests are every query of docs/api.md, the benchmark's queries, pages walked by their cursors, hand-made
 * shapes (aliases, fragments, directives, merged fields, __typename) and generated selections, plus the requests
 * that must fail (bad ids, cursors, limits), which the read path leaves to SmallRye.
 */
@QuarkusTest
class ReadPathDifferentialTest {

    private static final Pattern FENCE = Pattern.compile("(?m)^```([^\\n]*)\\n(.*?)^```[ \\t]*$", Pattern.DOTALL);

    @Inject
    ReadPath readPath;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/graphql")
    URI endpoint;

    private final HttpClient http = HttpClient.newHttpClient();
    private int compared;

    @BeforeEach
    void corpus() {
        GraphQLClient.awaitReady();
        GraphFixtures.write(12, 4);
    }

    @AfterEach
    void readPathBackOn() {
        readPath.enable(true);
    }

    @Test
    void everyDocumentedQueryAnswersTheSameBytes() throws Exception {
        String guide = Files.readString(Path.of("docs/api.md"));
        List<String[]> examples = new ArrayList<>();
        Matcher fence = FENCE.matcher(guide);
        String[] pending = null;
        while (fence.find()) {
            List<String> info = Arrays.asList(fence.group(1).strip().split("\\s+"));
            if (info.get(0).equals("graphql") && !info.contains("illustrative")) {
                pending = new String[] { fence.group(2), null, String.join(" ", info) };
                examples.add(pending);
            } else if (pending != null && info.contains("variables")) {
                pending[1] = fence.group(2);
            } else {
                pending = null;
            }
        }
        assertThat(examples).hasSizeGreaterThan(10);
        long before = readPath.answered();
        for (String[] example : examples) {
            String operation = example[0].strip();
            if (operation.startsWith("mutation") || operation.startsWith("subscription") || example[2].contains("as=")) {
                continue;
            }
            JsonObject variables = example[1] == null ? null : new JsonObject(example[1]);
            assertSameAnswer(new JsonObject().put("query", example[0]).put("variables", variables).encode());
        }
        assertThat(readPath.answered() - before).as("documented queries the read path answered").isPositive();
    }

    @Test
    void benchmarkQueriesAndWalkedPagesAnswerTheSameBytesAndTheReadPathAnswersThem() throws Exception {
        for (String file : List.of("q1-articles", "q2-article-page", "q4-claims-page")) {
            String query = Files.readString(Path.of("bench/wrk/queries/" + file + ".graphql"));
            for (int first : new int[] { 0, 1, 5, 20, 100 }) {
                long before = readPath.answered();
                assertSameAnswer(request(query, new JsonObject().put("first", first)));
                assertThat(readPath.answered() - before).as(file + " answered by the read path").isEqualTo(1);
            }
        }
        String q5 = Files.readString(Path.of("bench/wrk/queries/q5-article.graphql"));
        assertSameAnswer(request(q5, new JsonObject().put("id", "1")));
        for (String list : List.of("articles", "claims")) {
            String page = "query($after: String) { " + list + "(first: 7, after: $after) { edges { cursor node { id } } "
                    + "pageInfo { hasNextPage endCursor } } }";
            String after = null;
            for (int i = 0; i < 50; i++) {
                String body = assertSameAnswer(request(page, new JsonObject().put("after", after)));
                JsonObject info = new JsonObject(body).getJsonObject("data").getJsonObject(list).getJsonObject("pageInfo");
                if (!info.getBoolean("hasNextPage")) {
                    break;
                }
                after = info.getString("endCursor");
            }
        }
    }

    @Test
    void handMadeShapesAndRefusedArgumentsAnswerTheSameBytes() throws Exception {
        String[] queries = {
                "{ __typename articles(first: 3) { __typename edges { __typename cursor node { __typename id } } pageInfo { __typename hasNextPage } } }",
                "{ a: articles(first: 2) { edges { node { id } } } b: articles(first: 3) { edges { node { title id } } } }",
                "{ articles(first: 4) { edges { node { id } } edges { node { title claims { id } } } } }",
                "{ articles(first: 4) { edges { node { ...A claims { ...C } } } } } fragment A on Article { id title publishedOn url author } fragment C on Claim { id text evidence { start end text } }",
                "{ articles(first: 4) { edges { node { ... on Article { id } ... { title } body } } } }",
                "query($s: Boolean!, $i: Boolean = false) { articles(first: 5) { edges { node { id @skip(if: $s) title @include(if: $i) publisher @include(if: true) { name } } } } }",
                "{ claims(first: 30) { edges { node { id kind stance claimant claimantType evidence { start end text } expert { id name role affiliation category } source { id name aliases kind stateRun } article { id title publisher { name } } } } } }",
                "{ article(id: \"1\") { id title body publisher { id name aliases kind stateRun } claims { id text article { id } } } }",
                "{ article(id: 1) { id } claim(id: \"1\") { id text } }",
                "{ article(id: \"999999999\") { id } claim(id: \"999999999\") { id } }",
                "{ articles { edges { node { id } } } claims { pageInfo { endCursor hasNextPage } } }",
                "{ articles(first: 0) { edges { cursor } pageInfo { hasNextPage endCursor } } }",
                "{ articles(first: 0) { totalCount } claims(first: 1) { totalCount edges { cursor } n: totalCount } }",
                // refused, or not the read path's: SmallRye answers, and the bytes must still agree
                "{ articles(first: -1) { edges { node { id } } } }",
                "{ articles(first: 101) { edges { node { id } } } }",
                "{ articles(first: 2, after: \"bogus\") { edges { node { id } } } }",
                "{ claims(first: 2, after: \"YXJ0aWNsZXwxfA\") { edges { node { id } } } }",
                "{ article(id: \"abc\") { id } }",
                "{ article(id: \"٣\") { id } }",
                "{ articles(first: 2, filter: { text: \"nuclear\" }) { edges { node { id } } } }",
                "{ articles(first: 2) { totalCount edges { node { id experts { name } } } } }",
                "{ search(query: \"nuclear\") { __typename } }",
                "{ __schema { queryType { name } } }",
        };
        for (String query : queries) {
            assertSameAnswer(new JsonObject().put("query", query).put("variables", new JsonObject().put("s", true)).encode());
            assertSameAnswer(new JsonObject().put("query", query).put("variables", new JsonObject().put("s", false).put("i", true)).encode());
        }
        long before = readPath.answered();
        assertSameAnswer(new JsonObject().put("query", "{ article(id: \"abc\") { id } }").encode());
        assertSameAnswer(new JsonObject().put("query", "{ articles(first: 101) { edges { cursor } } }").encode());
        assertThat(readPath.answered()).as("refused arguments are SmallRye's to answer").isEqualTo(before);
    }

    @Test
    void generatedSelectionsAnswerTheSameBytes() throws Exception {
        Random random = new Random(12);
        for (int i = 0; i < 60; i++) {
            String query = random.nextBoolean()
                    ? "{ articles(first: " + random.nextInt(30) + ") { edges { " + (random.nextBoolean() ? "cursor " : "")
                            + "node " + article(random, 3) + " } pageInfo { hasNextPage endCursor } } }"
                    : "{ claims(first: " + random.nextInt(60) + ") { edges { node " + claim(random, 3) + " } } }";
            assertSameAnswer(new JsonObject().put("query", query).encode());
        }
    }

    @Test
    void articlesByIdWithEverythingAnswerTheSameBytesWithNoMoreStatements() throws Exception {
        String q5 = Files.readString(Path.of("bench/wrk/queries/q5-article.graphql"));
        JsonObject page = new JsonObject(assertSameAnswer(request("{ articles(first: 100) { edges { node { id } } } }",
                null)));
        List<String> ids = new ArrayList<>();
        for (Object edge : page.getJsonObject("data").getJsonObject("articles").getJsonArray("edges")) {
            ids.add(((JsonObject) edge).getJsonObject("node").getString("id"));
        }
        ids.add("999999999"); // no such article: null
        int relations = 0;
        int agreements = 0;
        long before = readPath.answered();
        for (String id : ids) {
            String body = assertSameAnswer(request(q5, new JsonObject().put("id", id)));
            relations += body.split("\"relation\":").length - 1;
            agreements += body.split("\"parties\":").length - 1;
        }
        assertThat(readPath.answered() - before).as("Q5 answered by the read path").isEqualTo(ids.size());
        assertThat(relations).as("relations compared").isPositive();
        assertThat(agreements).as("agreements compared").isPositive();

        SqlStatements statements = new SqlStatements(dataSource);
        for (String id : ids.subList(0, Math.min(5, ids.size()))) {
            String body = request(q5, new JsonObject().put("id", id));
            readPath.enable(false);
            statements.reset();
            post(body);
            long smallrye = statements.executed();
            readPath.enable(true);
            statements.reset();
            post(body);
            long readPathStatements = statements.executed();
            assertThat(readPathStatements).as("statements for Q5 of article " + id + " (SmallRye: " + smallrye + ")")
                    .isPositive().isLessThanOrEqualTo(smallrye);
        }
    }

    @Test
    void generatedSelectionsOfOneArticleAnswerTheSameBytes() throws Throwable {
        Random random = new Random(5);
        for (int i = 0; i < 40; i++) {
            String query = "query($id: ID!) { article(id: $id) " + article(random, 3) + " }";
            String id = String.valueOf(1 + random.nextInt(60));
            assertSameAnswer(request(query, new JsonObject().put("id", id)));
        }
        // an article without claims, citations, quotations or agreements: empty lists and a null publisher
        assertSameAnswer(request("query($id: ID!) { article(id: $id) { id publisher { id } citedSources { id } "
                + "experts { id } claims { id relations { relation } } agreements { id evidence { text } } } }",
                new JsonObject().put("id", String.valueOf(bareArticle()))));
    }

    /** An article stored with nothing hanging off it (no publisher, claims, citations, quotations, agreements). */
    private static long bareArticle() throws Throwable {
        Article article = new Article();
        article.contentHash = "bare-" + System.nanoTime();
        article.title = "An article with nothing extracted";
        article.body = "Nothing to see.";
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.persist(article)).map(ignored -> article.id)));
    }

    private static String article(Random random, int depth) {
        List<String> fields = new ArrayList<>(List.of("id", "title", "url", "publishedOn", "author", "__typename"));
        if (random.nextInt(4) == 0) {
            fields.add("body");
        }
        if (depth > 0) {
            fields.add("publisher " + source(random));
            fields.add("claims " + claim(random, depth - 1));
            fields.add("t: title");
            fields.add("citedSources " + source(random));
            fields.add("experts { " + pickBare(random, List.of("id", "name", "role", "affiliation", "category")) + " }");
            fields.add("agreements { " + pickBare(random, List.of("id", "name", "parties", "status", "topics", "__typename",
                    "evidence { " + pickBare(random, List.of("start", "end", "text")) + " }")) + " }");
        }
        return pick(random, fields);
    }

    private static String claim(Random random, int depth) {
        List<String> fields = new ArrayList<>(List.of("id", "text", "kind", "stance", "claimant", "claimantType",
                "evidence { end start text }"));
        fields.add("expert { " + pickBare(random, List.of("id", "name", "role", "affiliation", "category")) + " }");
        fields.add("source " + source(random));
        if (depth > 0) {
            fields.add("article " + article(random, depth - 1));
            fields.add("relations { " + pickBare(random, List.of("relation", "__typename", "claim " + claim(random, depth - 1)))
                    + " }");
        }
        return pick(random, fields);
    }

    private static String source(Random random) {
        return "{ " + pickBare(random, List.of("id", "name", "aliases", "kind", "stateRun", "__typename")) + " }";
    }

    private static String pick(Random random, List<String> fields) {
        return "{ " + pickBare(random, fields) + " }";
    }

    private static String pickBare(Random random, List<String> fields) {
        List<String> chosen = new ArrayList<>(fields);
        java.util.Collections.shuffle(chosen, random);
        return String.join(" ", chosen.subList(0, 1 + random.nextInt(chosen.size())));
    }

    private static String request(String query, JsonObject variables) {
        return new JsonObject().put("query", query).put("variables", variables).encode();
    }

    /** Sends {@code body} to SmallRye and to the read path; both answers must agree byte for byte. Returns the answer. */
    private String assertSameAnswer(String body) throws Exception {
        readPath.enable(false);
        HttpResponse<byte[]> smallrye = post(body);
        readPath.enable(true);
        HttpResponse<byte[]> readPathAnswer = post(body);
        String expected = new String(smallrye.body(), StandardCharsets.UTF_8);
        assertThat(new String(readPathAnswer.body(), StandardCharsets.UTF_8)).as(body).isEqualTo(expected);
        assertThat(readPathAnswer.body()).as(body).isEqualTo(smallrye.body());
        assertThat(readPathAnswer.statusCode()).as(body).isEqualTo(smallrye.statusCode());
        assertThat(readPathAnswer.headers().firstValue("Content-Type")).as(body)
                .isEqualTo(smallrye.headers().firstValue("Content-Type"));
        compared++;
        return expected;
    }

    private HttpResponse<byte[]> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}

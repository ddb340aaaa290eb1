package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import dev.newsgraph.ingest.ArticleIngestor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What an outside tester sends to the packaged app (prod profile, a real PostgreSQL): malformed and hostile requests
 * each get a 4xx or a GraphQL error with a code of the one ErrorCode enum, never a 500, never Java's names; nothing
 * they send is written; expensive reads cannot starve the database; and the app stays ready throughout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    /** graphql-java's syntax trees, Java class names, Quarkus's error ids: what a client must never read. */
    private static final Pattern INTERNALS = Pattern.compile("Value\\{|\\b[a-z]+\\.[a-z]+\\.[a-z.]*[A-Z]\\w+|Error id|\\.java:");

    @TempDir
    static Path data;

    private EmbeddedPostgres postgres;
    private PackagedApp app;
    private String startLog;

    /** One request of the list, and what it must get. */
    record Probe(String name, String method, String contentType, String accept, String body, String query, int status,
            String code) {
    }

    /** Requests the app executes at once (the rest queue in InFlightLimit); pinned so the stuck-read waves are known. */
    private static final int MAX_IN_FLIGHT = 8;

    @BeforeAll
    void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).start();
        app = PackagedApp.start("hostile", postgres.getPort(), Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "dev-keys/publicKey.pem",
                "NEWSGRAPH_INGEST_MAX_CONCURRENT", "1", "NEWSGRAPH_GRAPHQL_MAX_IN_FLIGHT", String.valueOf(MAX_IN_FLIGHT)));
        assertThat(app.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(90))).as("ready").isTrue();
        startLog = app.log();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aStartWithNothingWrongLogsNoWarningOrError() {
        // Vert.x's blocked-thread WARN is left out: on a shared machine (load far above its cores) class loading on an
        // event loop can take over 2 s; it says nothing about the app.
        assertThat(startLog.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                .filter(line -> !line.contains("BlockedThreadChecker")).toList())
                .as("WARN and ERROR lines of a clean start").isEmpty();
    }

    @Test
    void everyProbeGetsAStatusAndACodeNothingIsWrittenAndTheAppStaysReady() throws Exception {
        String editor = Tokens.withRole("editor");
        String deep = "[".repeat(1100) + "]".repeat(1100);
        String oneMegabyteSearch = "a ".repeat(500_000);
        List<Probe> probes = List.of(
                // HTTP 500 before (issue 14, 3): requests that are not GraphQL requests
                post("variables as a string", JSON, "{\"query\":\"{__typename}\",\"variables\":\"x\"}", 400, "BAD_REQUEST"),
                post("variables as a number", JSON, "{\"query\":\"{__typename}\",\"variables\":5}", 400, "BAD_REQUEST"),
                post("variables as a JSON string", JSON, "{\"query\":\"{__typename}\",\"variables\":\"{\\\"a\\\":1}\"}", 400,
                        "BAD_REQUEST"),
                post("operationName as a number", JSON, "{\"query\":\"{__typename}\",\"operationName\":5}", 400, "BAD_REQUEST"),
                post("operationName as an object", JSON, "{\"query\":\"{__typename}\",\"operationName\":{}}", 400, "BAD_REQUEST"),
                post("extensions as a string", JSON, "{\"query\":\"{__typename}\",\"extensions\":\"x\"}", 400, "BAD_REQUEST"),
                post("query as a number", JSON, "{\"query\":5}", 400, "BAD_REQUEST"),
                post("no query", JSON, "{\"variables\":{}}", 400, "BAD_REQUEST"),
                post("a JSON array", JSON, "[{\"query\":\"{__typename}\"}]", 400, "BAD_REQUEST"),
                post("not JSON", JSON, "{\"query\":", 400, "BAD_REQUEST"),
                post("JSON null", JSON, "null", 400, "BAD_REQUEST"),
                post("an empty application/graphql body", "application/graphql", "", 400, "BAD_REQUEST"),
                post("no content type", null, "{\"query\":\"{__typename}\"}", 415, "BAD_REQUEST"),
                post("text/plain", "text/plain", "{\"query\":\"{__typename}\"}", 415, "BAD_REQUEST"),
                get("GET with variables that are not JSON", "query=" + encode("{__typename}") + "&variables=xx", 400, "BAD_REQUEST"),
                get("GET without a query", "variables=" + encode("{}"), 400, "BAD_REQUEST"),
                post("variables nested 1,100 levels", JSON, "{\"query\":\"{__typename}\",\"variables\":{\"a\":" + deep + "}}", 400,
                        "BAD_REQUEST"),
                post("variables nested 20 levels", JSON, "{\"query\":\"{__typename}\",\"variables\":{\"a\":" + "[".repeat(20)
                        + "]".repeat(20) + "}}", 400, "BAD_REQUEST"),
                // Int overflow (4)
                query("first: 4294967301", "{ articles(first: 4294967301) { totalCount } }", null, 200, "BAD_USER_INPUT"),
                query("first: 4294967296", "{ articles(first: 4294967296) { totalCount } }", null, 200, "BAD_USER_INPUT"),
                query("first: 2147483648", "{ articles(first: 2147483648) { totalCount } }", null, 200, "BAD_USER_INPUT"),
                query("$x: Int = 1e10", "query($x: Int) { articles(first: $x) { totalCount } }", "{\"x\":1e10}", 200,
                        "BAD_USER_INPUT"),
                query("$x: Int = 1e400", "query($x: Int) { articles(first: $x) { totalCount } }", "{\"x\":1e400}", 200,
                        "BAD_USER_INPUT"),
                query("$x: Int = 1.5", "query($x: Int) { articles(first: $x) { totalCount } }", "{\"x\":1.5}", 200,
                        "BAD_USER_INPUT"),
                // internals in messages (5) and errors without a code (6)
                query("an input field the filter lacks", "{ experts(filter: {expertId: \"abc\"}) { totalCount } }", null, 200,
                        "BAD_USER_INPUT"),
                query("a number for a filter", "{ experts(filter: 5) { totalCount } }", null, 200, "BAD_USER_INPUT"),
                query("a subscription over POST", "subscription { articleIngested { id } }", null, 200, "BAD_REQUEST"),
                post("an unknown operationName", JSON, "{\"query\":\"query A { __typename }\",\"operationName\":\"B\"}", 200,
                        "BAD_REQUEST"),
                query("two operations, no operationName", "query A { __typename } query B { __typename }", null, 200,
                        "BAD_REQUEST"),
                query("several anonymous operations", "{ __typename } { __typename }", null, 200, "GRAPHQL_VALIDATION_FAILED"),
                query("a variable with an unknown input field", "query($f: ExpertFilter) { experts(filter: $f) { totalCount } }",
                        "{\"f\":{\"nope\":1}}", 200, "BAD_USER_INPUT"),
                query("an enum value the type lacks", "{ experts(filter: {category: NOPE}) { totalCount } }", null, 200,
                        "BAD_USER_INPUT"),
                query("Arabic-Indic digits as an id", "{ claim(id: \"\u0661\u0662\") { id } }", null, 200, "BAD_USER_INPUT"),
                // texts too long to search (1, 2)
                query("a 1 MB search", "query($q: String!) { search(query: $q) { __typename } }",
                        new JsonObject().put("q", oneMegabyteSearch).encode(), 200, "BAD_USER_INPUT"),
                query("a 60 KB search", "query($q: String!) { searchResults(query: $q) { rank } }",
                        new JsonObject().put("q", "a ".repeat(30_000)).encode(), 200, "BAD_USER_INPUT"),
                query("a 200 KB filter text", "query($t: String) { articles(filter: {text: $t}) { totalCount } }",
                        new JsonObject().put("t", "x".repeat(200_000)).encode(), 200, "BAD_USER_INPUT"),
                query("a 300-character literal text", "{ claims(filter: {claimant: \"" + "y".repeat(300) + "\"}) { totalCount } }",
                        null, 200, "BAD_USER_INPUT"),
                // GraphQL over HTTP status codes (7)
                new Probe("a parse error, graphql-response+json", "POST", JSON, GRAPHQL_RESPONSE, "{\"query\":\"{\"}", null, 400,
                        "GRAPHQL_PARSE_FAILED"),
                new Probe("a validation error, graphql-response+json", "POST", JSON, GRAPHQL_RESPONSE,
                        "{\"query\":\"{ nope }\"}", null, 400, "GRAPHQL_VALIDATION_FAILED"),
                new Probe("a coercion error, graphql-response+json", "POST", JSON, GRAPHQL_RESPONSE,
                        "{\"query\":\"query($x: Int) { articles(first: $x) { totalCount } }\",\"variables\":{\"x\":\"a\"}}", null,
                        400, "BAD_USER_INPUT"),
                query("a parse error, application/json", "{ articles(first: ) {", null, 200, "GRAPHQL_PARSE_FAILED"),
                get("a mutation with GET", "query=" + encode("mutation { deleteArticle(id: \"1\") }"), 405, "METHOD_NOT_ALLOWED"),
                // probes that already passed
                query("too deep", """
                        {
                          claims(first: 1) { edges { node {
                            article { claims { article { claims { article { claims { article { claims { article { title } } } } } } } } }
                          } } }
                        }
                        """, null, 200, "QUERY_TOO_DEEP"),
                query("first: 101", "{ articles(first: 101) { totalCount } }", null, 200, "BAD_USER_INPUT"),
                query("a mutation without a token", "mutation { deleteArticle(id: \"1\") }", null, 200, "UNAUTHENTICATED"),
                // writes that must not happen
                withToken(query("a lone surrogate in a title",
                        "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { id } } }",
                        "{\"i\":{\"text\":\"" + IngestMutationTest.article(UUID.randomUUID().toString()).replace("\n", "\\n")
                                .replace("\"", "\\\"") + "\",\"title\":\"a\\ud800b\"}}",
                        400, "BAD_REQUEST"), editor),
                withToken(query("a lone surrogate escape in a literal title",
                        "mutation { ingestArticle(input: {text: \"" + IngestMutationTest.article(UUID.randomUUID().toString())
                                .replace("\n", " ").replace("\"", "'") + "\", title: \"a\\ud800b\"}) { article { id } } }",
                        null, 200, "GRAPHQL_PARSE_FAILED"), editor),
                withToken(query("whitespace-only text with no-break spaces",
                        "mutation { ingestArticle(input: {text: \"\u00a0\u00a0 \u2007\"}) { article { id } errors { code message } } }",
                        null, 200, null), editor));

        int articlesBefore = articleCount();
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            HttpResponse<String> response = send(probe);
            String body = response.body();
            String what = probe.name() + ": HTTP " + response.statusCode() + " " + abbreviate(body);
            if (response.statusCode() != probe.status()) {
                failures.add(what + " (expected HTTP " + probe.status() + ")");
                continue;
            }
            if (INTERNALS.matcher(body).find()) {
                failures.add(what + " (shows internals)");
            }
            JsonObject answer = new JsonObject(body);
            JsonArray errors = answer.getJsonArray("errors");
            if (probe.code() == null) {
                continue;
            }
            if (errors == null || errors.isEmpty()) {
                failures.add(what + " (no errors)");
                continue;
            }
            for (int i = 0; i < errors.size(); i++) {
                JsonObject extensions = errors.getJsonObject(i).getJsonObject("extensions");
                String code = extensions == null ? null : extensions.getString("code");
                if (!probe.code().equals(code)) {
                    failures.add(what + " (expected code " + probe.code() + ")");
                }
            }
            if (probe.code().equals("BAD_REQUEST") || probe.status() == 400 || probe.status() == 415) {
                if (answer.containsKey("data")) {
                    failures.add(what + " (a request error must not carry data)");
                }
            }
        }
        assertThat(failures).as("probes answered otherwise than expected").isEmpty();

        JsonObject blank = new JsonObject(send(withToken(query("blank", "mutation { ingestArticle(input: {text: \"\u00a0\u2007\"}) "
                + "{ errors { code message } } }", null, 200, null), editor)).body());
        assertThat(blank.getJsonObject("data").getJsonObject("ingestArticle").getJsonArray("errors").getJsonObject(0).getString("message"))
                .as("whitespace with no-break spaces is called empty, not binary").contains("empty");
        assertThat(articleCount()).as("nothing was written").isEqualTo(articlesBefore);
        assertThat(app.status("/q/health/ready")).isEqualTo(200);
        assertThat(app.log()).as("the server log").doesNotContain("ClassCastException").doesNotContain(" ERROR ")
                .doesNotContain("Backend notice");
    }

    @Test
    void aSearchOfStopWordsOnlyFindsNothingAndLogsNothing() throws Exception {
        JsonObject answer = new JsonObject(send(query("stop words", "{ search(query: \"the of and a\") { __typename } }", null, 200,
                null)).body());
        assertThat(answer.getJsonArray("errors")).isNull();
        assertThat(answer.getJsonObject("data").getJsonArray("search")).isEmpty();
        assertThat(app.log()).doesNotContain("Backend notice");
    }

    @Test
    void aFloodOfExpensiveSearchesLeavesOrdinaryQueriesAndReadinessWorking() throws Exception {
        // The longest search the API takes, all words that match (so every row is ranked), twenty at once, with the
        // 1 MB searches that took the API down before (refused now), while ordinary queries keep arriving.
        String longest = "said ".repeat(51).strip();
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            flood.add(sendAsync(query("flood", "query($q: String!) { searchResults(query: $q, first: 100) { rank snippet } }",
                    new JsonObject().put("q", i % 2 == 0 ? longest : "a ".repeat(500_000)).encode(), 200, null)));
        }
        List<String> ordinaryFailures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            JsonObject answer = new JsonObject(send(query("ordinary", "{ articles { totalCount } experts { totalCount } }", null, 200,
                    null)).body());
            if (answer.getJsonArray("errors") != null) {
                ordinaryFailures.add(answer.encode());
            }
        }
        int readiness = app.status("/q/health/ready");
        for (CompletableFuture<HttpResponse<String>> searched : flood) {
            HttpResponse<String> response = searched.join();
            assertThat(response.statusCode()).isEqualTo(200);
            JsonArray errors = new JsonObject(response.body()).getJsonArray("errors");
            if (errors != null) {
                assertThat(errors.getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("BAD_USER_INPUT");
            }
        }
        assertThat(ordinaryFailures).as("ordinary queries during the flood").isEmpty();
        assertThat(readiness).as("readiness during the flood").isEqualTo(200);
    }

    @Test
    void aReadStuckBehindALockIsCancelledInPostgresAndTheApiRecovers() throws Exception {
        try (Connection locker = postgres.getPostgresDatabase().getConnection(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("lock table expert in access exclusive mode");
            // More stuck reads than the pool has connections (20): without a statement timeout they would hold every
            // connection for as long as the lock lasts.
            List<CompletableFuture<HttpResponse<String>>> stuck = IntStream.range(0, 25)
                    .mapToObj(i -> sendAsync(query("stuck", "{ experts { totalCount } }", null, 200, null))).toList();
            long started = System.nanoTime();
            for (CompletableFuture<HttpResponse<String>> read : stuck) {
                JsonObject answer = new JsonObject(read.join().body());
                assertThat(answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                        .isEqualTo("SERVICE_UNAVAILABLE");
            }
            // At most MAX_IN_FLIGHT of them execute at once, each cancelled one statement_timeout (5 s) after it starts:
            // ceil(25 / 8) = 4 waves, about 20 s, where holding connections until the lock went would take forever.
            long waves = (25 + MAX_IN_FLIGHT - 1) / MAX_IN_FLIGHT;
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("until every stuck read was answered")
                    .isLessThan(Duration.ofSeconds(waves * 5 + 10));
            // Reads that queued for a connection behind the first twenty start their statement late; PostgreSQL cancels
            // those too, one statement_timeout (5 s) after they start, although the lock is still held.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int waiting = statementsWaitingOn("expert");
            while (waiting > 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                waiting = statementsWaitingOn("expert");
            }
            assertThat(waiting).as("statements still running in PostgreSQL while the lock is held").isZero();
            JsonObject other = new JsonObject(send(query("other table", "{ articles { totalCount } }", null, 200, null)).body());
            assertThat(other.getJsonArray("errors")).as("a read of another table while the lock is held").isNull();
            assertThat(app.status("/q/health/ready")).isEqualTo(200);
            locker.rollback();
        }
        JsonObject after = new JsonObject(send(query("after", "{ experts { totalCount } }", null, 200, null)).body());
        assertThat(after.getJsonArray("errors")).isNull();
    }

    @Test
    void ingestsBeyondTheBoundAreRefusedWithACodeAndTheOthersStored() throws Exception {
        String editor = Tokens.withRole("editor");
        int before = articleCount();
        String ingestArticle = "mutation($t: String!) { ingestArticle(input: {text: $t}) { created errors { code } } }";
        // Holding the writers' advisory lock keeps the first ingest in its slot for as long as the test needs, so the
        // others meet a full bound however fast ingest is (newsgraph.ingest.max-concurrent=1 here).
        try (Connection locker = postgres.getPostgresDatabase().getConnection(); Statement lock = locker.createStatement()) {
            lock.execute("select pg_advisory_lock(" + ArticleIngestor.WRITE_LOCK + ")");
            CompletableFuture<HttpResponse<String>> first = sendAsync(withToken(query("ingest", ingestArticle,
                    new JsonObject().put("t", IngestMutationTest.article(UUID.randomUUID().toString())).encode(), 200, null), editor));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (writersWaitingForTheLock() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(writersWaitingForTheLock()).as("the first ingest waits for the write lock").isEqualTo(1);
            List<CompletableFuture<HttpResponse<String>>> others = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                others.add(sendAsync(withToken(query("ingest", ingestArticle, new JsonObject()
                        .put("t", IngestMutationTest.article(UUID.randomUUID().toString())).encode(), 200, null), editor)));
            }
            for (CompletableFuture<HttpResponse<String>> other : others) {
                JsonArray errors = new JsonObject(other.join().body()).getJsonArray("errors");
                assertThat(errors).as("an ingest beyond the bound").isNotNull();
                assertThat(errors.getJsonObject(0).getJsonObject("extensions").getString("code")).isEqualTo("SERVICE_UNAVAILABLE");
                // refused by the bound, not timed out waiting for the lock (which answers the same code later)
                assertThat(errors.getJsonObject(0).getString("message")).contains("already ingesting");
            }
            lock.execute("select pg_advisory_unlock(" + ArticleIngestor.WRITE_LOCK + ")");
            JsonObject answer = new JsonObject(first.join().body());
            assertThat(answer.getJsonArray("errors")).as("the ingest that held the slot").isNull();
            assertThat(answer.getJsonObject("data").getJsonObject("ingestArticle").getBoolean("created")).isTrue();
        }
        assertThat(articleCount()).as("exactly the ingest that was not refused was stored").isEqualTo(before + 1);
    }

    private int writersWaitingForTheLock() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                        + "and wait_event = 'advisory' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int statementsWaitingOn(String table) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where state = 'active' and pid <> pg_backend_pid() "
                        + "and query ilike '%" + table + "%' and query not ilike '%lock table%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int articleCount() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from article")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Probe post(String name, String contentType, String body, int status, String code) {
        return new Probe(name, "POST", contentType, JSON, body, null, status, code);
    }

    private static Probe get(String name, String query, int status, String code) {
        return new Probe(name, "GET", null, JSON, null, query, status, code);
    }

    private static Probe query(String name, String document, String variables, int status, String code) {
        JsonObject body = new JsonObject().put("query", document);
        String json = body.encode();
        if (variables != null) {
            json = json.substring(0, json.length() - 1) + ",\"variables\":" + variables + "}";
        }
        return post(name, JSON, json, status, code);
    }

    /** The probe with an Authorization header, carried in its query field (POST probes have none). */
    private static Probe withToken(Probe probe, String token) {
        return new Probe(probe.name(), probe.method(), probe.contentType(), probe.accept(), probe.body(), "token:" + token,
                probe.status(), probe.code());
    }

    private HttpRequest request(Probe probe) {
        boolean get = probe.method().equals("GET");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/graphql"
                + (get ? "?" + probe.query() : ""))).timeout(Duration.ofSeconds(60));
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        if (probe.accept() != null) {
            request.header("Accept", probe.accept());
        }
        if (!get && probe.query() != null && probe.query().startsWith("token:")) {
            request.header("Authorization", "Bearer " + probe.query().substring("token:".length()));
        }
        return get ? request.GET().build()
                : request.POST(HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8)).build();
    }

    private HttpResponse<String> send(Probe probe) throws Exception {
        return HTTP.send(request(probe), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(Probe probe) {
        return HTTP.sendAsync(request(probe), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}

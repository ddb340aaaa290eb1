package dev.newsgraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.graphql.ErrorCode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Keeps docs/api.md true: every example in it is sent to a service that holds the seed corpus and nothing
 * else, and the answer it documents must equal the real one.
 *
 * <p>The guide marks its examples with the info string of fenced blocks: a {@code graphql} block is sent
 * (as POST; {@code get} sends it as GET, {@code as=<role>} with a token from {@code POST /dev/token?role=<role>});
 * an optional {@code json variables} block follows, then the {@code json answer} block ({@code status=<code>}
 * when the HTTP status is not 200). A {@code json transcript} block is a graphql-transport-ws conversation,
 * played over a real WebSocket. Blocks marked {@code illustrative} are not run.
 *
 * <p>Queries run first, in the guide's order, then mutations and transcripts, so written articles never
 * change an answer a query example shows. The app gets a database of its own (a test profile with its own
 * embedded PostgreSQL), so other tests' fixtures never show up either.
 *
 * <p>{@code -Dnewsgraph.docs.rewrite=true} writes the real answers into the guide instead of failing.
 */
@QuarkusTest
@TestProfile(ApiGuideTest.SeedCorpusOnly.class)
class ApiGuideTest {

    static final Path GUIDE = Path.of("docs/api.md");
    static final boolean REWRITE = Boolean.getBoolean("newsgraph.docs.rewrite");
    private static final Pattern FENCE = Pattern.compile("(?m)^```([^\\n]*)\\n(.*?)^```[ \\t]*$", Pattern.DOTALL);

    /**
     * A fresh embedded PostgreSQL for this class alone: the seed corpus and what the guide's own mutations write.
     * CORS is configured as the guide tells production to configure it.
     */
    public static class SeedCorpusOnly implements QuarkusTestProfile {
        static final String FRONTEND = "https://news.example";

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // A closed graphql-transport-ws connection still holds up Quarkus's graceful shutdown for the whole
            // quarkus.shutdown.timeout (30 s; ArticleIngestedSubscriptionTest shows it too), so this app, which
            // shuts down mid-suite to make way for the default profile, waits less.
            return Map.of("quarkus.http.cors.origins", FRONTEND, "quarkus.shutdown.timeout", "2s");
        }
    }

    /** A fenced block of the guide: its info words and where its content sits in the file. */
    record Block(int line, List<String> info, String content, int start, int end) {
        String language() {
            return info.isEmpty() ? "" : info.get(0);
        }

        boolean has(String word) {
            return info.contains(word);
        }

        String option(String name, String otherwise) {
            return info.stream().filter(w -> w.startsWith(name + "=")).map(w -> w.substring(name.length() + 1))
                    .findFirst().orElse(otherwise);
        }

        boolean runnable() {
            return !has("illustrative");
        }
    }

    /** A request of the guide and the answer it documents. */
    record Example(Block operation, Block variables, Block answer) {
        boolean writes() {
            return operation.content().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .findFirst().orElse("").startsWith("mutation");
        }
    }

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI endpoint;

    private final Map<String, String> tokens = new HashMap<>();

    @BeforeEach
    void ready() {
        GraphQLClient.awaitReady();
    }

    @Test
    void everyExampleAnswersAsDocumented() throws Exception {
        String guide = Files.readString(GUIDE);
        List<Block> blocks = blocks(guide);
        List<Example> examples = examples(blocks);
        List<Block> transcripts = blocks.stream().filter(b -> b.runnable() && b.has("transcript")).toList();
        assertThat(examples).as("examples in " + GUIDE).isNotEmpty();
        assertThat(transcripts).as("subscription transcripts in " + GUIDE).isNotEmpty();

        List<Block> replaced = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        List<Object> inOrder = new ArrayList<>(examples.stream().filter(e -> !e.writes()).toList());
        Stream.concat(examples.stream().filter(Example::writes), transcripts.stream())
                .sorted(Comparator.comparingInt(ApiGuideTest::lineOf)).forEach(inOrder::add);

        for (Object step : inOrder) {
            Block answerBlock;
            Object documented;
            Object real;
            if (step instanceof Example example) {
                answerBlock = example.answer();
                documented = documented(answerBlock);
                Response response = send(example);
                real = response.asString().isBlank() ? "(empty body)" : GuideJson.parse(response.asString());
                int status = Integer.parseInt(answerBlock.option("status", "200"));
                if (response.statusCode() != status) {
                    mismatches.add("line " + example.operation().line() + ": HTTP status " + response.statusCode()
                            + ", the guide says " + status);
                }
            } else {
                answerBlock = (Block) step;
                documented = documented(answerBlock);
                real = play(answerBlock, documented);
            }
            String expected = GuideJson.canonical(documented);
            String actual = GuideJson.canonical(real);
            String laidOut = GuideJson.layout(real) + "\n";
            if (!expected.equals(actual)) {
                mismatches.add("line " + answerBlock.line() + " (- documented, + real):\n" + GuideJson.diff(expected, actual));
            }
            if (REWRITE && !answerBlock.content().equals(laidOut)) {
                replaced.add(answerBlock);
                replacements.add(laidOut);
            }
        }

        if (REWRITE && !replaced.isEmpty()) {
            Files.writeString(GUIDE, rewritten(guide, replaced, replacements), StandardCharsets.UTF_8);
            System.out.println("ApiGuideTest rewrote " + replaced.size() + " answer blocks in " + GUIDE + "; "
                    + mismatches.size() + " of them had other content:\n" + String.join("\n", mismatches));
            return;
        }
        assertThat(mismatches).as("answers in " + GUIDE + " that differ from the service's; run this test with "
                + "-Dnewsgraph.docs.rewrite=true to write the real ones in").isEmpty();
    }

    @Test
    void everyOperationAndFilterFieldHasARunnableExample() throws IOException {
        List<Block> blocks = blocks(Files.readString(GUIDE));
        StringBuilder examples = new StringBuilder();
        for (Block block : blocks) {
            if (block.runnable() && (block.language().equals("graphql") || block.has("variables") || block.has("transcript"))) {
                examples.append(block.content()).append('\n');
            }
        }
        String text = examples.toString();
        Set<String> missing = new LinkedHashSet<>();
        for (String root : List.of("Query", "Mutation", "Subscription")) {
            for (String name : fieldsOf(root, "fields")) {
                if (!Pattern.compile("\\b" + name + "\\s*[({]").matcher(text).find()) {
                    missing.add(root + "." + name);
                }
            }
        }
        for (String input : List.of("ArticleFilter", "SourceFilter", "ExpertFilter", "ClaimFilter", "AgreementFilter",
                "IngestArticleInput")) {
            for (String name : fieldsOf(input, "inputFields")) {
                if (!Pattern.compile("\"?\\b" + name + "\"?\\s*:").matcher(text).find()) {
                    missing.add(input + "." + name);
                }
            }
        }
        assertThat(missing).as("operations and input fields without a runnable example in " + GUIDE).isEmpty();
    }

    @Test
    void errorCodeTableListsExactlyTheCodesOfTheEnum() throws IOException {
        String guide = Files.readString(GUIDE);
        String errors = guide.substring(guide.indexOf("## Errors"), guide.indexOf("## Request limits"));
        Set<String> documented = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|").matcher(errors);
        while (row.find()) {
            documented.add(row.group(1));
        }
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(ErrorCode.values()).map(Enum::name).forEach(codes::add);
        assertThat(documented).as("codes in the error table of " + GUIDE).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void corsLetsTheConfiguredFrontendCallWithATokenAndNoOtherOrigin() {
        var preflight = given().header("Origin", SeedCorpusOnly.FRONTEND).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql").then().extract();
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(SeedCorpusOnly.FRONTEND);
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");

        var stranger = given().header("Origin", "https://elsewhere.example").contentType("application/json")
                .body(new JsonObject().put("query", "{ articles(first: 1) { totalCount } }").encode())
                .post("/graphql").then().extract();
        assertThat(stranger.header("Access-Control-Allow-Origin")).isNull();
        assertThat(stranger.statusCode()).isEqualTo(403);
    }

    /** The names of the fields (or input fields) of a type, read by introspection. */
    private static List<String> fieldsOf(String type, String kind) {
        JsonObject answer = (JsonObject) GuideJson.parse(given().contentType("application/json")
                .body(new JsonObject().put("query", "query($n: String!) { __type(name: $n) { " + kind + " { name } } }")
                        .put("variables", new JsonObject().put("n", type)).encode())
                .post("/graphql").asString());
        assertThat(answer.getJsonArray("errors")).as("introspection of " + type).isNull();
        return answer.getJsonObject("data").getJsonObject("__type").getJsonArray(kind).stream()
                .map(field -> ((JsonObject) field).getString("name")).toList();
    }

    private Response send(Example example) {
        String query = example.operation().content();
        String variables = example.variables() == null ? null : example.variables().content();
        RequestSpecification request = given().accept("application/json");
        String role = example.operation().option("as", null);
        if (role != null) {
            request = request.header("Authorization", "Bearer " + token(role));
        }
        if (example.operation().has("get")) {
            request = request.queryParam("query", query);
            if (variables != null) {
                request = request.queryParam("variables", ((JsonObject) GuideJson.parse(variables)).encode());
            }
            return request.get("/graphql");
        }
        JsonObject body = new JsonObject().put("query", query);
        if (variables != null) {
            body.put("variables", GuideJson.parse(variables));
        }
        return request.contentType("application/json").body(body.encode()).post("/graphql");
    }

    /** A token from the dev route the guide tells editors to use. */
    private String token(String role) {
        return tokens.computeIfAbsent(role, r -> given().queryParam("role", r).post("/dev/token")
                .then().statusCode(200).extract().asString().strip());
    }

    /**
     * Plays a transcript: {@code client} messages are sent, each {@code server} step takes the next message
     * that arrives, an {@code editor} step posts its mutation with an editor token. Returns the transcript
     * as it really went.
     */
    private JsonArray play(Block transcript, Object documented) throws Exception {
        JsonArray steps = (JsonArray) documented;
        JsonArray real = new JsonArray();
        BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        HttpClient client = vertx.createHttpClient();
        try {
            WebSocket socket = client.webSocket(new WebSocketConnectOptions().setHost(endpoint.getHost())
                    .setPort(endpoint.getPort()).setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            socket.textMessageHandler(inbox::add);
            for (Object item : steps) {
                JsonObject step = (JsonObject) item;
                if (step.containsKey("client")) {
                    socket.writeTextMessage(step.getJsonObject("client").encode());
                    real.add(step);
                } else if (step.containsKey("server")) {
                    String message = inbox.poll(10, TimeUnit.SECONDS);
                    real.add(new JsonObject().put("server", message == null ? "(nothing within 10 s)" : GuideJson.parse(message)));
                } else if (step.containsKey("editor")) {
                    Thread.sleep(500); // let the server register the subscription sent just before
                    JsonObject mutation = step.getJsonObject("editor");
                    JsonObject answer = (JsonObject) GuideJson.parse(given().contentType("application/json")
                            .header("Authorization", "Bearer " + token("editor")).body(mutation.encode())
                            .post("/graphql").asString());
                    assertThat(answer.getJsonArray("errors")).as("errors of the editor step at line " + transcript.line())
                            .isNull();
                    real.add(step);
                } else {
                    throw new AssertionError("line " + transcript.line() + ": a step is client, server or editor: " + step);
                }
            }
            Thread.sleep(300);
            String extra = inbox.poll();
            if (extra != null) {
                real.add(new JsonObject().put("server", GuideJson.parse(extra)));
            }
            // wait for the close handshake: an open socket would hold up the app's graceful shutdown
            socket.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } finally {
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        return real;
    }

    private static Object documented(Block answer) {
        return answer.content().isBlank() ? "(no answer documented yet)" : GuideJson.parse(answer.content());
    }

    private static int lineOf(Object step) {
        return step instanceof Example e ? e.operation().line() : ((Block) step).line();
    }

    static List<Block> blocks(String guide) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(guide);
        while (m.find()) {
            int line = (int) guide.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            List<String> info = Arrays.stream(m.group(1).strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            blocks.add(new Block(line, info, m.group(2), m.start(2), m.end(2)));
        }
        return blocks;
    }

    /** Pairs each runnable graphql block with its variables and answer blocks; a missing answer fails. */
    static List<Example> examples(List<Block> blocks) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.language().equals("graphql") || !block.runnable()) {
                assertThat(block.has("answer") && block.runnable() && (i == 0 || !isOperationOrVariables(blocks.get(i - 1))))
                        .as("line " + block.line() + ": an answer block must follow a graphql block (or its variables)")
                        .isFalse();
                continue;
            }
            Block variables = null;
            int next = i + 1;
            if (next < blocks.size() && blocks.get(next).has("variables")) {
                variables = blocks.get(next++);
            }
            assertThat(next < blocks.size() && blocks.get(next).has("answer"))
                    .as("line " + block.line() + ": a runnable graphql block needs a ```json answer block after it "
                            + "(or mark it illustrative)")
                    .isTrue();
            examples.add(new Example(block, variables, blocks.get(next)));
        }
        return examples;
    }

    private static boolean isOperationOrVariables(Block block) {
        return block.runnable() && (block.language().equals("graphql") || block.has("variables"));
    }

    private static String rewritten(String guide, List<Block> blocks, List<String> contents) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> blocks.get(i).start()).reversed());
        StringBuilder out = new StringBuilder(guide);
        for (int i : order) {
            out.replace(blocks.get(i).start(), blocks.get(i).end(), contents.get(i));
        }
        return out.toString();
    }
}

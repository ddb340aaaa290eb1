package dev.newsgraph.graphql.readpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import dev.newsgraph.GraphQLClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * A read the database does not answer is answered by the read path itself once its read timeout has passed, with
 * the code SmallRye gives; it is not handed on to SmallRye, which would run the same statement again and keep the
 * client waiting a second timeout.
 */
@QuarkusTest
class ReadPathTimeoutTest {

    private static final String PAGE = "{ articles(first: 2) { edges { node { title claims { text } } } } }";

    @Inject
    ReadPath readPath;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "newsgraph.database.read-timeout")
    Duration timeout;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void aPageStuckBehindALockIsAnsweredUnavailableAfterOneTimeoutAndReadOnce() throws Exception {
        GraphQLClient.awaitReady();
        GraphFixtures.write(2, 1);
        long before = readPath.answered();
        assertThat(GraphQLClient.post(PAGE, Map.of()).getList("errors")).isNull();
        assertThat(readPath.answered() - before).as("the read path answers this page").isEqualTo(1);

        Locked locked = lockedAnswer(PAGE);
        JsonObject answer = locked.answer();
        Set<String> attempts = locked.attempts();
        long took = locked.took();

        assertThat(answer.getJsonArray("errors")).hasSize(1);
        assertThat(answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"))
                .isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(answer.getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("The database did not answer in time; try again shortly.");
        assertThat(answer.getValue("data")).isNull();
        assertThat(attempts).as("statements that waited for the locked table").hasSize(1);
        assertThat(took).as("ms until the answer, with a read timeout of %s", timeout).isBetween(timeout.toMillis() - 100,
                timeout.toMillis() * 3 / 2);

        assertThat(GraphQLClient.post(PAGE, Map.of()).getList("errors")).as("reads resume once the lock is gone").isNull();
    }

    /**
     * The error a stuck database gives is SmallRye's, byte for byte: one error per root field with its location and
     * path, and data null for a page (non-null) or the field null for a nullable root, next to a root __typename.
     */
    @Test
    void theAnswerToAStuckReadIsTheOneSmallRyeGives() throws Exception {
        GraphQLClient.awaitReady();
        GraphFixtures.write(2, 1);
        String id = GraphQLClient.post("{ articles(first: 1) { edges { node { id } } } }", Map.of())
                .getString("data.articles.edges[0].node.id");
        for (String query : new String[] { PAGE, "{ __typename\n  x: article(id: \"" + id + "\") { title } }" }) {
            readPath.enable(false);
            String smallRye;
            try {
                smallRye = lockedAnswer(query).body();
            } finally {
                readPath.enable(true);
            }
            Locked onPath = lockedAnswer(query);
            assertThat(onPath.body()).as("answer to %s", query).isEqualTo(smallRye);
            // handed on to SmallRye after the read path's own timeout, the read would have waited twice
            assertThat(onPath.attempts()).as("statements that waited for the locked table").hasSize(1);
        }
    }

    private record Locked(String body, JsonObject answer, Set<String> attempts, long took) {
    }

    /** Sends {@code query} while the article table is locked, counting the statements that wait for the lock. */
    private Locked lockedAnswer(String query) throws Exception {
        Set<String> attempts = new LinkedHashSet<>();
        String body;
        long took;
        try (Connection locker = dataSource.getConnection(); Statement lock = locker.createStatement();
                Connection watcher = dataSource.getConnection(); Statement watch = watcher.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("lock table article in access exclusive mode");
            long started = System.nanoTime();
            CompletableFuture<HttpResponse<String>> sent = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json").timeout(timeout.multipliedBy(4))
                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).encode())).build(),
                    HttpResponse.BodyHandlers.ofString());
            // Each statement that waits for the lock shows in pg_stat_activity for as long as it waits (a timeout,
            // much longer than the sampling interval): one backend and start time per attempt.
            while (!sent.isDone()) {
                try (ResultSet waiting = watch.executeQuery("select pid, query_start from pg_stat_activity "
                        + "where wait_event_type = 'Lock' and query ilike '%from article%' and query not ilike '%lock table%'")) {
                    while (waiting.next()) {
                        attempts.add(waiting.getInt(1) + "@" + waiting.getTimestamp(2));
                    }
                }
                Thread.sleep(50);
            }
            took = Duration.ofNanos(System.nanoTime() - started).toMillis();
            body = sent.get().body();
            assertThat(sent.get().statusCode()).isEqualTo(200);
            locker.rollback();
        }
        return new Locked(body, new JsonObject(body), attempts, took);
    }
}

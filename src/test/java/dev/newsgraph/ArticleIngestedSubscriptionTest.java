package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/** articleIngested over a real WebSocket (graphql-transport-ws): committed new articles only. */
@QuarkusTest
class ArticleIngestedSubscriptionTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI endpoint;

    @BeforeEach
    void ready() {
        GraphQLClient.awaitReady();
    }

    @Test
    void subscriberReceivesExactlyTheCommittedNewArticles() throws Exception {
        List<JsonObject> received = new CopyOnWriteArrayList<>();
        CountDownLatch acknowledged = new CountDownLatch(1);
        CountDownLatch subscribed = new CountDownLatch(1);
        HttpClient client = vertx.createHttpClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost(endpoint.getHost()).setPort(endpoint.getPort()).setURI("/graphql")
                .addSubProtocol("graphql-transport-ws");
        WebSocket socket = client.webSocket(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try {
            socket.textMessageHandler(text -> {
                JsonObject message = new JsonObject(text);
                switch (message.getString("type")) {
                    case "connection_ack" -> acknowledged.countDown();
                    case "next" -> received.add(message.getJsonObject("payload"));
                    default -> { }
                }
            });
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
            assertThat(acknowledged.await(10, TimeUnit.SECONDS)).as("connection_ack").isTrue();
            socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe")
                    .put("payload", new JsonObject().put("query", "subscription { articleIngested { id title } }")).encode());
            // give the server a moment to register the subscription before we ingest
            Thread.sleep(500);
            subscribed.countDown();

            String editor = Tokens.withRole("editor");
            String text = IngestMutationTest.article(UUID.randomUUID().toString());
            JsonPath first = IngestMutationTest.ingest(text, editor);
            JsonPath repeat = IngestMutationTest.ingest(text, editor);
            JsonPath refused = IngestMutationTest.ingest("  ", editor);
            JsonPath unauthorised = IngestMutationTest.ingest(IngestMutationTest.article(UUID.randomUUID().toString()), null);
            String secondText = IngestMutationTest.article(UUID.randomUUID().toString());
            JsonPath second = IngestMutationTest.ingest(secondText, editor);
            assertThat(first.getBoolean("data.ingestArticle.created")).isTrue();
            assertThat(repeat.getBoolean("data.ingestArticle.created")).isFalse();
            assertThat(refused.getList("data.ingestArticle.errors")).isNotEmpty();
            assertThat(unauthorised.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
            assertThat(second.getBoolean("data.ingestArticle.created")).isTrue();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300); // anything extra would arrive now

            assertThat(received).extracting(p -> p.getJsonObject("data").getJsonObject("articleIngested").getString("id"))
                    .containsExactly(first.getString("data.ingestArticle.article.id"), second.getString("data.ingestArticle.article.id"));
            assertThat(received).allSatisfy(p -> assertThat(p.getJsonArray("errors")).isNull());
            // the announced article is committed: a fresh read finds it
            JsonPath read = GraphQLClient.post("query($id: ID!) { article(id: $id) { id } }",
                    Map.of("id", first.getString("data.ingestArticle.article.id")));
            assertThat(read.getString("data.article.id")).isEqualTo(first.getString("data.ingestArticle.article.id"));
        } finally {
            // End the subscription and close the socket, and wait for both, so nothing outlives the test.
            socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "complete").encode());
            socket.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}

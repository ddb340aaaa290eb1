package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * SIGTERM drains: the request in flight finishes, new requests during the drain are answered on connections that
 * are then closed, and the process exits within {@code quarkus.shutdown.timeout}, leaving no connection behind in
 * PostgreSQL and no error in its log.
 */
class ShutdownIT {

    private static final String QUERY = "{ articles { totalCount edges { node { title } } } }";

    @Test
    void sigtermLetsTheRequestInFlightFinishThenExitsCleanly() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                // Reads wait for the database up to this long; longer than the lock below is held.
                PackagedApp app = PackagedApp.start("sigterm", postgres.getPort(), Map.of("NEWSGRAPH_DATABASE_READ_TIMEOUT", "PT20S"));
                Connection locker = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                Connection observer = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            assertThat(app.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(120))).as("ready").isTrue();

            // A genuinely slow request: the article table is locked, so the query waits inside PostgreSQL.
            int lockerPid = backendPid(locker);
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("lock table article in access exclusive mode");
            }
            CompletableFuture<HttpResponse<String>> inFlight = app.graphqlAsync(QUERY);
            assertThat(awaitLockWaiters(observer, 1, Duration.ofSeconds(20))).as("the query waits on the lock").isTrue();

            long signalled = System.nanoTime();
            app.terminate();
            assertThat(awaitLog(app, "Waiting for HTTP requests to complete", Duration.ofSeconds(10)))
                    .as("shutdown waits for the request in flight").isTrue();
            assertThat(inFlight).as("still in flight during the drain").isNotDone();
            // Asks nothing of the (locked) database, so it shows only what the HTTP layer does with new work.
            HttpResponse<String> duringDrain = app.graphqlOnNewConnection("{ __typename }");

            locker.commit();
            HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonObject body = new JsonObject(answer.body());
            assertThat(body.getJsonArray("errors")).as("errors of the drained request").isNull();
            assertThat(body.getJsonObject("data").getJsonObject("articles").getInteger("totalCount")).isEqualTo(2);

            Integer exitCode = app.awaitExit(Duration.ofSeconds(30));
            long tookMillis = (System.nanoTime() - signalled) / 1_000_000;
            assertThat(exitCode).as("exit code after SIGTERM").isNotNull().isIn(0, 143);
            assertThat(tookMillis).as("ms from SIGTERM to exit (quarkus.shutdown.timeout is 30 s)").isLessThan(30_000);
            // Quarkus keeps serving during the drain but closes each connection after its answer, so clients and
            // load balancers move on; the load balancer must stop routing here (docs/deployment.md, shutdown).
            assertThat(duringDrain).as("a new request during the drain").isNotNull();
            assertThat(duringDrain.statusCode()).isEqualTo(200);
            assertThat(duringDrain.headers().firstValue("connection")).as("Connection header during the drain").hasValue("close");
            assertThat(app.graphqlOnNewConnection("{ __typename }")).as("a request after exit").isNull();

            String log = app.log();
            String shutdownLog = log.substring(log.indexOf("Waiting for HTTP requests to complete"));
            assertThat(shutdownLog).as("log from SIGTERM on").contains("All HTTP requests complete").contains("stopped in")
                    .doesNotContain("Timed out waiting for graceful shutdown").doesNotContain(" WARN ").doesNotContain(" ERROR ");
            assertThat(appConnections(observer, lockerPid)).as("connections the app left open in PostgreSQL").isZero();
            System.out.printf("SIGTERM drain: exit %d after %d ms; a new request during the drain got %d, Connection: %s%n",
                    exitCode, tookMillis, duringDrain.statusCode(), duringDrain.headers().firstValue("connection").orElse("-"));
        }
    }

    /**
     * Pins a Quarkus 3.34 limitation operators must plan for: the WebSocket upgrade of a GraphQL subscription stays
     * counted as a request in flight after the socket has closed, so shutdown then waits the whole
     * {@code quarkus.shutdown.timeout} (docs/deployment.md sizes the termination grace period for it). When this
     * test fails because the app exits at once, the limitation is gone: drop the advice and this test.
     */
    @Test
    void aSubscriptionSocketHoldsShutdownForTheWholeTimeoutEvenAfterItClosed() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                PackagedApp app = PackagedApp.start("sigterm-after-subscription", postgres.getPort(),
                        Map.of("QUARKUS_SHUTDOWN_TIMEOUT", "PT4S"))) {
            assertThat(app.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(120))).as("ready").isTrue();
            HttpClient client = vertx.createHttpClient();
            WebSocket socket = client.webSocket(new WebSocketConnectOptions().setHost("localhost").setPort(app.port())
                    .setURI("/graphql").addSubProtocol("graphql-transport-ws")).toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            CompletableFuture<String> acknowledged = new CompletableFuture<>();
            socket.textMessageHandler(acknowledged::complete);
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
            assertThat(new JsonObject(acknowledged.get(10, TimeUnit.SECONDS)).getString("type")).isEqualTo("connection_ack");
            socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload",
                    new JsonObject().put("query", "subscription { articleIngested { id } }")).encode());
            socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "complete").encode());
            socket.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

            long signalled = System.nanoTime();
            app.terminate();
            Integer exitCode = app.awaitExit(Duration.ofSeconds(30));
            long tookMillis = (System.nanoTime() - signalled) / 1_000_000;
            assertThat(exitCode).as("exit code after SIGTERM").isNotNull().isIn(0, 143);
            assertThat(tookMillis).as("ms from SIGTERM to exit with QUARKUS_SHUTDOWN_TIMEOUT=PT4S").isGreaterThanOrEqualTo(4_000);
            assertThat(app.log()).contains("Timed out waiting for graceful shutdown");
            System.out.printf("SIGTERM after a closed subscription: exit %d after %d ms (timeout 4 s)%n", exitCode, tookMillis);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static boolean awaitLockWaiters(Connection observer, int count, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (Statement s = observer.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
                rs.next();
                if (rs.getInt(1) >= count) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static boolean awaitLog(PackagedApp app, String text, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (app.log().contains(text)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static int backendPid(Connection connection) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Client connections other than the test's own two (the one asking and the one that held the lock). */
    private static int appConnections(Connection observer, int lockerPid) throws Exception {
        try (Statement s = observer.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where backend_type = 'client backend' "
                        + "and pid <> pg_backend_pid() and pid <> " + lockerPid)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

package dev.newsgraph;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The packaged application ({@code target/quarkus-app}) started as its own process in the prod profile,
 * the way an operator runs it, for tests of what only a separate process shows: outages, replicas, signals.
 */
public final class PackagedApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar against the PostgreSQL on {@code databasePort}, serving the seed corpus. */
    public static PackagedApp start(String name, int databasePort, Map<String, String> extraEnvironment) throws IOException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run the package phase first: " + jar + " is missing");
        }
        int port = freePort();
        Path log = Path.of("target/packaged-app-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + databasePort + "/postgres");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres");
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("NEWSGRAPH_CORPUS_PATH", "seeds");
        env.put("NEWSGRAPH_CORPUS_RETRY_DELAY", "PT0.5S");
        env.put("NEWSGRAPH_CORPUS_RETRY_MAX_DELAY", "PT2S");
        env.putAll(extraEnvironment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new PackagedApp(builder.start(), port, log);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** HTTP status of a GET, or -1 when nothing answers. */
    public int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Posts a GraphQL query and returns the response body, with how long it took in {@code timing[0]} (ms). */
    public String graphql(String query, long[] timing) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new io.vertx.core.json.JsonObject().put("query", query).encode()))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        if (timing != null) {
            timing[0] = (System.nanoTime() - start) / 1_000_000;
        }
        return body;
    }

    /** Waits until {@code path} answers {@code status}; false after {@code limit}. */
    public boolean awaitStatus(String path, int status, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            if (status(path) == status) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

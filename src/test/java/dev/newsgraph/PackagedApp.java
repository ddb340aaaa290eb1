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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the fast jar in {@code target/quarkus-app}, or the native runner after a native build)
 * started as its own process in the prod profile, the way an operator runs it, for tests of what only a separate
 * process shows: outages, replicas, signals, missing configuration.
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

    /** Starts the packaged app against the PostgreSQL on {@code databasePort}, serving the seed corpus. */
    public static PackagedApp start(String name, int databasePort, Map<String, String> extraEnvironment) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + databasePort + "/postgres");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres");
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("NEWSGRAPH_CORPUS_PATH", "seeds");
        env.put("NEWSGRAPH_CORPUS_RETRY_DELAY", "PT0.5S");
        env.put("NEWSGRAPH_CORPUS_RETRY_MAX_DELAY", "PT2S");
        env.putAll(extraEnvironment);
        return launch(name, env);
    }

    /**
     * Starts the packaged app with exactly {@code environment} on top of an environment stripped of every
     * {@code QUARKUS_DATASOURCE_*} variable, so no database setting leaks in from the machine running the tests.
     */
    public static PackagedApp launch(String name, Map<String, String> environment) throws IOException {
        int port = freePort();
        Path log = Path.of("target/packaged-app-" + name + ".log");
        List<String> command = new ArrayList<>(launcher());
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_DATASOURCE_"));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new PackagedApp(builder.start(), port, log);
    }

    /**
     * The command that runs what the last build produced: the native runner when that build was native (Quarkus
     * records the artifact type in {@code target/quarkus-artifact.properties}, and failsafe passes the runner's
     * path as {@code native.image.path}, the way {@code @QuarkusIntegrationTest} finds it), else the fast jar.
     */
    static List<String> launcher() throws IOException {
        String nativeImage = System.getProperty("native.image.path");
        if (nativeImage != null && !nativeImage.isBlank() && "native".equals(builtArtifactType())
                && Files.isExecutable(Path.of(nativeImage))) {
            return List.of(Path.of(nativeImage).toAbsolutePath().toString(), "-Xmx256m");
        }
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run the package phase first: " + jar + " is missing");
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString());
    }

    /** {@code jar} or {@code native}, as the last Quarkus build recorded it; null before any build. */
    static String builtArtifactType() throws IOException {
        Path artifact = Path.of("target/quarkus-artifact.properties");
        if (!Files.exists(artifact)) {
            return null;
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(artifact)) {
            properties.load(in);
        }
        return properties.getProperty("type");
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
        String body = HTTP.send(graphqlRequest(query), HttpResponse.BodyHandlers.ofString()).body();
        if (timing != null) {
            timing[0] = (System.nanoTime() - start) / 1_000_000;
        }
        return body;
    }

    /** Posts a GraphQL query without waiting for the answer. */
    public CompletableFuture<HttpResponse<String>> graphqlAsync(String query) {
        return HTTP.sendAsync(graphqlRequest(query), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a GraphQL query over a new HTTP/1.1 connection (no kept-alive one to reuse); null if refused. */
    public HttpResponse<String> graphqlOnNewConnection(String query) throws InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        try {
            return fresh.send(graphqlRequest(query), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        }
    }

    private HttpRequest graphqlRequest(String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new io.vertx.core.json.JsonObject().put("query", query).encode()))
                .build();
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

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    /** Sends SIGTERM (what {@link Process#destroy()} does on Linux), as a container runtime does on stop. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to exit and returns its exit code, or null if it is still running after {@code limit}. */
    public Integer awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

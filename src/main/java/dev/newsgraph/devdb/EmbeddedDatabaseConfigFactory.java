package dev.newsgraph.devdb;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.ExecutionModeManager;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies datasource settings when none are configured: in dev and test mode it starts an embedded
 * PostgreSQL on first use; in any other profile it fails at once with a message naming the variables.
 * The server is started lazily, only when Quarkus first reads a datasource URL, so builds never start one.
 */
public class EmbeddedDatabaseConfigFactory implements ConfigSourceFactory {

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    static final String LAUNCHER = "dev.newsgraph.devdb.EmbeddedPostgresServer";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context, REACTIVE_URL) && isSet(context, JDBC_URL)) {
            return List.of();
        }
        List<String> profiles = context.getProfiles();
        boolean embeddedAllowed = profiles.contains("dev") || profiles.contains("test")
                || Boolean.parseBoolean(valueOf(context, "newsgraph.embedded-database.enabled"));
        String dataDirectory = valueOf(context, "newsgraph.embedded-database.data-directory");
        return List.of(new EmbeddedDatabaseConfigSource(embeddedAllowed, dataDirectory));
    }

    @Override
    public java.util.OptionalInt getPriority() {
        // Below application.properties (250) and environment variables (300): anything configured wins.
        return java.util.OptionalInt.of(150);
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        String value = valueOf(context, name);
        return value != null && !value.isBlank();
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }

    /** Answers the four datasource keys, starting the embedded server the first time one is read. */
    static final class EmbeddedDatabaseConfigSource implements ConfigSource {

        private static final Set<String> KEYS = Set.of(REACTIVE_URL, JDBC_URL, USERNAME, PASSWORD);
        /** Never connected to: the .invalid domain resolves nowhere. */
        private static final Map<String, String> ARCHIVE_RECORDING = Map.of(
                REACTIVE_URL, "postgresql://archive-recording.invalid:5432/none",
                JDBC_URL, "jdbc:postgresql://archive-recording.invalid:5432/none",
                USERNAME, "none",
                PASSWORD, "none");
        private final boolean embeddedAllowed;
        private final String dataDirectory;

        EmbeddedDatabaseConfigSource(boolean embeddedAllowed, String dataDirectory) {
            this.embeddedAllowed = embeddedAllowed;
            this.dataDirectory = dataDirectory;
        }

        @Override
        public Set<String> getPropertyNames() {
            return KEYS;
        }

        @Override
        public String getValue(String propertyName) {
            if (!KEYS.contains(propertyName)) {
                return null;
            }
            if (!embeddedAllowed) {
                if (ExecutionModeManager.getExecutionMode() == ExecutionMode.UNSET) {
                    return null; // the build reads datasource settings too; only a running app needs a database
                }
                if (ApplicationLifecycleManager.isAppCDSGeneration()) {
                    // Packaging records the class-data archive by starting the app, which Quarkus stops before
                    // anything connects; settings that pass validation let it get that far (more classes archived).
                    return ARCHIVE_RECORDING.get(propertyName);
                }
                throw new IllegalStateException("No database configured. Set QUARKUS_DATASOURCE_REACTIVE_URL "
                        + "(e.g. postgresql://db:5432/newsgraph), QUARKUS_DATASOURCE_JDBC_URL "
                        + "(e.g. jdbc:postgresql://db:5432/newsgraph), QUARKUS_DATASOURCE_USERNAME and "
                        + "QUARKUS_DATASOURCE_PASSWORD.");
            }
            return EmbeddedSettings.get(dataDirectory).get(propertyName);
        }

        @Override
        public int getOrdinal() {
            return 150;
        }

        @Override
        public String getName() {
            return "newsgraph-embedded-postgresql";
        }
    }

    /**
     * The running server's settings, kept in system properties so that a dev-mode hot reload (a new class
     * loader) reuses the server started before it instead of starting a second one on the same data folder.
     */
    static final class EmbeddedSettings {
        private static final String PROPERTY = "newsgraph.embedded-database.port";

        private EmbeddedSettings() {
        }

        @SuppressWarnings("unchecked")
        static synchronized Map<String, String> get(String dataDirectory) {
            String port = System.getProperty(PROPERTY);
            if (port == null) {
                try {
                    Class<?> launcher = Class.forName(LAUNCHER, true, EmbeddedDatabaseConfigFactory.class.getClassLoader());
                    Supplier<Integer> server = (Supplier<Integer>) launcher.getConstructor(String.class)
                            .newInstance(dataDirectory);
                    port = String.valueOf(server.get());
                } catch (ReflectiveOperationException | LinkageError e) {
                    throw new IllegalStateException("The embedded PostgreSQL is not part of this build "
                            + "(native images never carry it); set QUARKUS_DATASOURCE_REACTIVE_URL and "
                            + "QUARKUS_DATASOURCE_JDBC_URL", e);
                }
                System.setProperty(PROPERTY, port);
            }
            return Map.of(
                    REACTIVE_URL, "postgresql://localhost:" + port + "/postgres",
                    JDBC_URL, "jdbc:postgresql://localhost:" + port + "/postgres",
                    USERNAME, "postgres",
                    PASSWORD, "postgres");
        }
    }
}

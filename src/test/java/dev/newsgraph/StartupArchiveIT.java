package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing archive that packaging writes (target/quarkus-app/app-cds.jsa) is one this JVM takes when
 * the app is started the documented way, and recording one (as the JVM image does at build time) needs no database
 * and ends by itself.
 */
class StartupArchiveIT {

    private static final Path APP = Path.of("target/quarkus-app");

    @TempDir
    Path scratch;

    @BeforeEach
    void onlyForTheJvmBuild() throws IOException {
        assumeFalse("native".equals(PackagedApp.builtArtifactType()), "a native build has no class-data archive");
    }

    @Test
    void theJvmStartsTheAppWithThePackagedArchiveAndLoadsItsClassesFromIt() throws Exception {
        Path classLog = scratch.resolve("classes.log");
        // No database settings: the app stops once its configuration is read, after loading most of the boot.
        Run run = java(List.of("-Xshare:on", "-XX:SharedArchiveFile=app-cds.jsa",
                "-Xlog:class+load=info:file=" + classLog.toAbsolutePath()));

        assertThat(run.log()).as("-Xshare:on refuses an archive the JVM cannot map").doesNotContain("shared archive file")
                .contains("No database configured");
        long fromArchive = Files.readAllLines(classLog).stream()
                .filter(line -> line.contains("dev.newsgraph.") || line.contains("io.quarkus."))
                .filter(line -> line.contains("source: shared objects file (top)")).count();
        assertThat(fromArchive).as("Quarkus and newsgraph classes loaded from the archive").isGreaterThan(500);
    }

    @Test
    void recordingAnArchiveNeedsNoDatabaseAndEndsByItself() throws Exception {
        Path archive = scratch.resolve("recorded.jsa");
        Run run = java(List.of("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath(), "-Dquarkus.appcds.generate=true"));

        assertThat(run.exitCode()).as("exit code; log:%n%s", run.log()).isZero();
        assertThat(run.log()).doesNotContain("No database configured");
        assertThat(Files.size(archive)).as("archive bytes").isGreaterThan(1_000_000);
    }

    private record Run(int exitCode, String log) {
    }

    /** Runs the packaged jar from its folder (the archive names the jar relatively) with no database settings. */
    private Run java(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(options);
        command.add("-jar");
        command.add("quarkus-run.jar");
        Path log = scratch.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(APP.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_DATASOURCE_"));
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(PackagedApp.freePort()));
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after 120 s; log:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }
}

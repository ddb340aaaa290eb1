package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the seed pages and their gold annotations for tests. */
final class SeedFiles {

    private SeedFiles() {
    }

    static Path seedsDir() {
        return Path.of("seeds");
    }

    /** Seed page paths, sorted by name. */
    static List<Path> seeds() {
        try (Stream<Path> files = Files.list(seedsDir())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gold directory; a missing one fails on CI and skips the test elsewhere. */
    static Path goldDir() {
        Path dir = Path.of(System.getProperty("newsgraph.gold.dir", "../shared/spec/seed-gold"));
        if (!Files.isDirectory(dir)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("gold annotations not found at " + dir.toAbsolutePath());
            }
            assumeTrue(false, "gold annotations not found at " + dir.toAbsolutePath() + "; skipping");
        }
        return dir;
    }
}

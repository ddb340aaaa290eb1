package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of the container files without a Docker engine, after {@code package}: every file a
 * Dockerfile copies from the build context exists and passes the context's {@code .dockerignore}, the image
 * carries the seed corpus where {@code NEWSGRAPH_CORPUS_PATH} points, runs as a non-root user, and
 * {@code compose.yml} parses and wires newsgraph to a healthy PostgreSQL 18.
 */
class ContainerFilesIT {

    private static final Path DOCKER = Path.of("src/main/docker");

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-multistage"})
    void everyCopiedFileIsInTheBuildContextAndTheImageRunsAsNonRootWithTheCorpus(String name) throws IOException {
        List<String> instructions = instructions(DOCKER.resolve(name));
        Path ignoreFile = Files.exists(DOCKER.resolve(name + ".dockerignore")) ? DOCKER.resolve(name + ".dockerignore")
                : Path.of(".dockerignore");
        List<String> ignore = Files.readAllLines(ignoreFile).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        boolean nativeRunnerBuilt = "native".equals(PackagedApp.builtArtifactType());

        List<String> finalStage = instructions.subList(lastIndexStartingWith(instructions, "FROM "), instructions.size());
        String corpusPath = null;
        List<String> copiedTo = new ArrayList<>();
        int copies = 0;
        for (String instruction : instructions) {
            if (!instruction.startsWith("COPY ") || instruction.contains("--from=")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(instruction.substring(5).trim().split("\\s+")));
            words.removeIf(word -> word.startsWith("--"));
            String destination = words.remove(words.size() - 1);
            for (String source : words) {
                copies++;
                if (source.startsWith("target/") && source.endsWith("-runner") && !nativeRunnerBuilt) {
                    continue; // only a native build makes the runner; the multistage file builds it inside Docker
                }
                List<Path> files = filesOf(source);
                assertThat(files).as("%s: COPY %s finds files in the build context", name, source).isNotEmpty();
                for (Path file : files) {
                    assertThat(admitted(ignore, file.toString().replace('\\', '/')))
                            .as("%s: %s passes %s", name, file, ignoreFile).isTrue();
                }
                if (source.replaceAll("/$", "").equals("seeds")) {
                    copiedTo.add(destination.replaceAll("/$", ""));
                }
            }
        }
        for (String instruction : finalStage) {
            if (instruction.startsWith("ENV NEWSGRAPH_CORPUS_PATH=")) {
                corpusPath = instruction.substring("ENV NEWSGRAPH_CORPUS_PATH=".length()).trim();
            }
        }
        assertThat(copies).as("%s copies something from the context", name).isPositive();
        assertThat(corpusPath).as("%s sets NEWSGRAPH_CORPUS_PATH in its runtime stage", name).isNotNull();
        assertThat(copiedTo).as("%s copies seeds/ to NEWSGRAPH_CORPUS_PATH", name).contains(corpusPath);
        String user = finalStage.stream().filter(i -> i.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
        assertThat(user.substring(5).trim()).as("%s runtime user", name).isNotIn("root", "0");
    }

    @Test
    void theRootDockerignoreKeepsSourcesOutAndTheMultistageOneLetsThemIn() throws IOException {
        List<String> root = Files.readAllLines(Path.of(".dockerignore"));
        List<String> multistage = Files.readAllLines(DOCKER.resolve("Dockerfile.native-multistage.dockerignore"))
                .stream().filter(line -> !line.startsWith("#")).toList();
        assertThat(root.get(0).strip()).as("the root .dockerignore is an allow-list").isEqualTo("*");
        assertThat(admitted(root, "src/main/java/dev/newsgraph/ingest/CorpusLoader.java")).isFalse();
        assertThat(admitted(root, "target/classes/application.properties")).isFalse();
        assertThat(admitted(root, "target/quarkus-app/quarkus-run.jar")).isTrue();
        assertThat(admitted(multistage, "src/main/java/dev/newsgraph/ingest/CorpusLoader.java")).isTrue();
        assertThat(admitted(multistage, "target/quarkus-app/quarkus-run.jar")).isFalse();
        assertThat(admitted(multistage, ".git/HEAD")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsNewsgraphAgainstAHealthyPostgres18() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(DOCKER.resolve("compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
        Map<String, Object> newsgraph = (Map<String, Object>) services.get("newsgraph");
        assertThat(postgres.get("image")).isEqualTo("postgres:18");
        assertThat((Map<String, Object>) postgres.get("healthcheck")).containsKey("test");
        assertThat((Map<String, Object>) newsgraph.get("environment")).containsKeys("QUARKUS_DATASOURCE_REACTIVE_URL",
                "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
        Map<String, Object> dependsOn = (Map<String, Object>) newsgraph.get("depends_on");
        assertThat((Map<String, Object>) dependsOn.get("postgres")).containsEntry("condition", "service_healthy");

        Map<String, Object> build = (Map<String, Object>) newsgraph.get("build");
        Path context = DOCKER.resolve((String) build.get("context")).normalize();
        String dockerfile = ((String) build.get("dockerfile")).replaceAll("^\\$\\{[A-Z_]+:-(.*)}$", "$1");
        assertThat(context.toAbsolutePath().normalize()).as("build context").isEqualTo(Path.of("").toAbsolutePath());
        assertThat(context.resolve(dockerfile)).as("default Dockerfile").exists();
    }

    /** The instructions of a Dockerfile, continuation lines joined, comments dropped. */
    private static List<String> instructions(Path dockerfile) throws IOException {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            result.add(current.append(trimmed).toString());
            current.setLength(0);
        }
        return result;
    }

    private static int lastIndexStartingWith(List<String> instructions, String prefix) {
        for (int i = instructions.size() - 1; i >= 0; i--) {
            if (instructions.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no " + prefix + "instruction");
    }

    /** The regular files a COPY source names: a file, every file under a folder, or the files a glob matches. */
    private static List<Path> filesOf(String source) throws IOException {
        String relative = source.replaceAll("/$", "");
        if (relative.contains("*")) {
            Path folder = Path.of(relative).getParent();
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + relative);
            if (folder == null || !Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> entries = Files.list(folder)) {
                List<Path> matched = new ArrayList<>();
                for (Path entry : entries.filter(glob::matches).toList()) {
                    matched.addAll(filesOf(entry.toString()));
                }
                return matched;
            }
        }
        Path path = Path.of(relative);
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                return walk.filter(Files::isRegularFile).toList();
            }
        }
        return Files.isRegularFile(path) ? List.of(path) : List.of();
    }

    /**
     * Docker's rule for a context file: the last pattern that matches the path or one of its parent folders
     * decides, {@code !} re-admitting; {@code *} stays within one path segment, {@code **} spans several.
     */
    static boolean admitted(List<String> patterns, String path) {
        boolean admitted = true;
        for (String line : patterns) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            boolean exception = pattern.startsWith("!");
            pattern = pattern.substring(exception ? 1 : 0).replaceAll("^/", "").replaceAll("/$", "");
            if (matchesOrParentMatches(pattern, path)) {
                admitted = exception;
            }
        }
        return admitted;
    }

    private static boolean matchesOrParentMatches(String pattern, String path) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Pattern compiled = Pattern.compile(regex.toString());
        String candidate = path;
        while (true) {
            if (compiled.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }
}

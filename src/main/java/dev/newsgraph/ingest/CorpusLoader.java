package dev.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Migrates the schema, then loads every {@code *.txt} file of the corpus folder at startup, one transaction
 * per article (extracting the next file while the current one is written), on a thread of its own so the HTTP
 * server is up meanwhile (readiness stays DOWN until it is done). While the database is unreachable it
 * retries, doubling the delay from {@code newsgraph.corpus.retry-delay} up to
 * {@code newsgraph.corpus.retry-max-delay}. A file that cannot be read or extracted is logged with its name
 * and skipped. Known texts are skipped by content hash, so a restart stores nothing twice, and a changed file
 * replaces the article it produced before.
 */
@ApplicationScoped
public class CorpusLoader {

    private final ArticleIngestor ingestor;
    private final Mutiny.SessionFactory sessions;
    private final Instance<Flyway> flyway;
    private final Path corpus;
    private final boolean enabled;
    private final Duration retryDelay;
    private final Duration retryMaxDelay;
    private final CompletableFuture<CorpusSummary> loaded = new CompletableFuture<>();

    public CorpusLoader(ArticleIngestor ingestor, Mutiny.SessionFactory sessions, Instance<Flyway> flyway,
            @ConfigProperty(name = "newsgraph.corpus.path", defaultValue = "seeds") Path corpus,
            @ConfigProperty(name = "newsgraph.corpus.load-at-start", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "newsgraph.corpus.retry-delay", defaultValue = "PT1S") Duration retryDelay,
            @ConfigProperty(name = "newsgraph.corpus.retry-max-delay", defaultValue = "PT30S") Duration retryMaxDelay) {
        this.ingestor = ingestor;
        this.sessions = sessions;
        this.flyway = flyway;
        this.corpus = corpus;
        this.enabled = enabled;
        this.retryDelay = retryDelay;
        this.retryMaxDelay = retryMaxDelay;
    }

    /** What one load stored, and what the graph holds afterwards. */
    public record CorpusSummary(int files, int created, int unchanged, int skipped, long articles, long sources,
                                long experts, long claims, long agreements, long millis) {
    }

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::loadUntilDone, "corpus-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Completes when the schema is migrated and the startup load has finished (with null when loading at start is off). */
    public CompletableFuture<CorpusSummary> loaded() {
        return loaded;
    }

    private void loadUntilDone() {
        Duration delay = retryDelay;
        while (!loaded.isDone()) {
            try {
                flyway.get().migrate();
                loaded.complete(enabled ? load(corpus) : null);
            } catch (RuntimeException e) {
                Log.warnf("Corpus not loaded yet (%s); retrying in %d ms", rootMessage(e), delay.toMillis());
                sleep(delay);
                delay = delay.multipliedBy(2).compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay.multipliedBy(2);
            }
        }
    }

    /**
     * Loads the folder's files in name order and logs one summary line. Blocks; never call it on the event loop.
     * A worker reads and extracts the next file while this thread stores the current one, so extraction (CPU)
     * overlaps the database writes; each article still gets its own transaction, in file order.
     */
    public CorpusSummary load(Path folder) {
        long start = System.nanoTime();
        List<Path> files = corpusFiles(folder);
        int created = 0;
        int unchanged = 0;
        int skipped = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "corpus-extractor");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<CorpusFile> next = files.isEmpty() ? null : worker.submit(prepareTask(files.get(0)));
            for (int i = 0; i < files.size(); i++) {
                CorpusFile file = await(next);
                next = i + 1 < files.size() ? worker.submit(prepareTask(files.get(i + 1))) : null;
                if (file.skipReason != null) {
                    Log.warnf("Skipped corpus file %s: %s", file.name, file.skipReason);
                    skipped++;
                    continue;
                }
                try {
                    IngestResult result = VertxContextSupport.subscribeAndAwait(() -> ingestor.ingest(file.article));
                    if (result.created()) {
                        created++;
                    } else {
                        unchanged++;
                    }
                } catch (RejectedInput e) {
                    Log.warnf("Skipped corpus file %s: %s", file.name, e.getMessage());
                    skipped++;
                } catch (Throwable e) {
                    if (isUnavailable(e)) {
                        throw new IllegalStateException("database unavailable while loading " + file.name, e);
                    }
                    Log.warnf(e, "Skipped corpus file %s: extraction or storage failed", file.name);
                    skipped++;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        CorpusSummary summary = summarise(files.size(), created, unchanged, skipped, millis);
        Log.infof("Corpus %s loaded: %d files (%d new, %d unchanged, %d skipped); graph holds %d articles, %d sources, "
                + "%d experts, %d claims, %d agreements; %d ms", folder, summary.files(), created, unchanged, skipped,
                summary.articles(), summary.sources(), summary.experts(), summary.claims(), summary.agreements(), millis);
        return summary;
    }

    /** One corpus file read, checked and (unless its text is stored already) extracted, or why it is skipped. */
    private record CorpusFile(String name, ArticleIngestor.PreparedArticle article, String skipReason) {
    }

    private Callable<CorpusFile> prepareTask(Path file) {
        return () -> prepare(file);
    }

    private CorpusFile prepare(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = readUtf8(file);
        } catch (IOException e) {
            return new CorpusFile(name, null, "cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
        ArticleIngestor.PreparedArticle article;
        try {
            article = ingestor.prepare(IngestRequest.ofCorpusFile(name, text));
        } catch (RejectedInput e) {
            return new CorpusFile(name, null, e.getMessage());
        }
        boolean stored;
        try {
            stored = VertxContextSupport.subscribeAndAwait(() -> ingestor.isStored(article.hash()));
        } catch (Throwable e) {
            // the store step checks again under the write lock and reports an unreachable database itself
            stored = false;
        }
        if (!stored) {
            article.extractAhead();
        }
        return new CorpusFile(name, article, null);
    }

    private static CorpusFile await(Future<CorpusFile> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the corpus", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot prepare a corpus file", e.getCause());
        }
    }

    private CorpusSummary summarise(int files, int created, int unchanged, int skipped, long millis) {
        try {
            Object[] counts = VertxContextSupport.subscribeAndAwait(() -> sessions.withStatelessSession(s -> s
                    .createNativeQuery("select (select count(*) from article), (select count(*) from source), "
                            + "(select count(*) from expert), (select count(*) from claim), "
                            + "(select count(*) from agreement)", Object[].class)
                    .getSingleResult()));
            return new CorpusSummary(files, created, unchanged, skipped, number(counts[0]), number(counts[1]),
                    number(counts[2]), number(counts[3]), number(counts[4]), millis);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot count the stored graph", e);
        }
    }

    private static List<Path> corpusFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            Log.warnf("Corpus folder %s does not exist; nothing to load", folder.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list corpus folder " + folder, e);
        }
    }

    private static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8", e);
        }
    }

    private static boolean isUnavailable(Throwable e) {
        return dev.newsgraph.graphql.ErrorMapping.isDatabaseUnavailable(e);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

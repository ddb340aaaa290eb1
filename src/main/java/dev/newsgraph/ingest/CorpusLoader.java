package dev.newsgraph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import dev.newsgraph.graphql.ErrorMapping;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Migrates the schema, then loads every {@code *.txt} file of the corpus folder at startup, on a thread of its own
 * so the HTTP server is up meanwhile (readiness stays DOWN until it is done). Files are read and extracted on every
 * core while the previous batch of {@code newsgraph.corpus.batch-size} articles is written in one transaction; at
 * most two batches are in memory. While the database is unreachable it retries, doubling the delay from
 * {@code newsgraph.corpus.retry-delay} up to {@code newsgraph.corpus.retry-max-delay}. A file that cannot be read,
 * extracted or stored is logged with its name and the reason and skipped. Known texts are skipped by content
 * hash, so a restart stores nothing twice, and a changed file replaces the article it produced before.
 */
@ApplicationScoped
public class CorpusLoader {

    private final ArticleIngestor ingestor;
    private final Pool pool;
    private final Instance<Flyway> flyway;
    private final Path corpus;
    private final boolean enabled;
    private final int batchSize;
    private final Duration retryDelay;
    private final Duration retryMaxDelay;
    private final CompletableFuture<CorpusSummary> loaded = new CompletableFuture<>();

    public CorpusLoader(ArticleIngestor ingestor, Pool pool, Instance<Flyway> flyway,
            @ConfigProperty(name = "newsgraph.corpus.path", defaultValue = "seeds") Path corpus,
            @ConfigProperty(name = "newsgraph.corpus.load-at-start", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "newsgraph.corpus.batch-size", defaultValue = "300") int batchSize,
            @ConfigProperty(name = "newsgraph.corpus.retry-delay", defaultValue = "PT1S") Duration retryDelay,
            @ConfigProperty(name = "newsgraph.corpus.retry-max-delay", defaultValue = "PT30S") Duration retryMaxDelay) {
        this.ingestor = ingestor;
        this.pool = pool;
        this.flyway = flyway;
        this.corpus = corpus;
        this.enabled = enabled;
        this.batchSize = Math.max(1, batchSize);
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

    /** Loads the folder's files in name order and logs one summary line. Blocks; never call it on the event loop. */
    public CorpusSummary load(Path folder) {
        return load(folder, batchSize);
    }

    /** As {@link #load(Path)}, writing {@code batchSize} articles per transaction. */
    public CorpusSummary load(Path folder, int batchSize) {
        long start = System.nanoTime();
        List<Path> files = CorpusFiles.list(folder);
        Tally tally = new Tally();
        ExecutorService extractors = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "corpus-extractor");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CorpusBatch pending = null;
            for (int from = 0; from < files.size(); from += batchSize) {
                CorpusBatch next = CorpusBatch.plan(files.subList(from, Math.min(files.size(), from + batchSize)),
                        ingestor, extractors);
                if (pending != null) {
                    store(pending, tally);
                }
                pending = next;
            }
            if (pending != null) {
                store(pending, tally);
            }
        } finally {
            extractors.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        CorpusSummary summary = summarise(files.size(), tally, millis);
        Log.infof("Corpus %s loaded: %d files (%d new, %d unchanged, %d skipped); graph holds %d articles, %d sources, "
                + "%d experts, %d claims, %d agreements; %d ms", folder, summary.files(), summary.created(),
                summary.unchanged(), summary.skipped(), summary.articles(), summary.sources(), summary.experts(),
                summary.claims(), summary.agreements(), millis);
        return summary;
    }

    /** Counts of one load. */
    static final class Tally {
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();

        void skip(String file, String reason) {
            Log.warnf("Skipped corpus file %s: %s", file, reason);
            skipped.incrementAndGet();
        }
    }

    /** Writes a batch in one transaction; when that fails, each article alone, so only the one at fault is skipped. */
    private void store(CorpusBatch batch, Tally tally) {
        List<CorpusBatch.Extracted> ready = batch.awaitExtracted(tally, ingestor);
        if (ready.isEmpty()) {
            return;
        }
        try {
            record(ingestor.store(ready.stream().map(CorpusBatch.Extracted::article).toList()).await().indefinitely(), tally);
        } catch (RuntimeException batchFailure) {
            unlessUnavailable(batchFailure, ready.get(0).file());
            for (CorpusBatch.Extracted one : ready) {
                try {
                    record(ingestor.store(List.of(one.article())).await().indefinitely(), tally);
                } catch (RuntimeException e) {
                    unlessUnavailable(e, one.file());
                    Log.warnf(e, "Skipped corpus file %s: storing it failed", one.file());
                    tally.skipped.incrementAndGet();
                }
            }
        }
    }

    private static void record(List<BatchWriter.Stored> stored, Tally tally) {
        stored.forEach(s -> (s.created() ? tally.created : tally.unchanged).incrementAndGet());
    }

    private static void unlessUnavailable(RuntimeException failure, String file) {
        if (ErrorMapping.isDatabaseUnavailable(failure)) {
            throw new IllegalStateException("database unavailable while loading " + file, failure);
        }
    }

    private CorpusSummary summarise(int files, Tally tally, long millis) {
        Row counts = pool.query("select (select count(*) from article), (select count(*) from source), "
                + "(select count(*) from expert), (select count(*) from claim), (select count(*) from agreement)")
                .execute().await().indefinitely().iterator().next();
        return new CorpusSummary(files, tally.created.get(), tally.unchanged.get(), tally.skipped.get(), counts.getLong(0),
                counts.getLong(1), counts.getLong(2), counts.getLong(3), counts.getLong(4), millis);
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

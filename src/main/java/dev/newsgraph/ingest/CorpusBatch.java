package dev.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import io.quarkus.logging.Log;

/**
 * One batch of corpus files on its way to the database: read, checked and hashed on the extractor threads, then,
 * unless the text is stored already, extracted there too while the loader writes the batch before it.
 */
final class CorpusBatch {

    /** A file ready to be written. */
    record Extracted(String file, ReadyArticle article) {
    }

    /** A file read and hashed, or why it is skipped. */
    private record Checked(String file, IngestRequest request, String hash, String skipReason) {
    }

    private final List<Checked> files;
    /** Per file: its extraction, or null when it is skipped or its text is stored already. */
    private final List<Future<ReadyArticle>> extractions;

    private CorpusBatch(List<Checked> files, List<Future<ReadyArticle>> extractions) {
        this.files = files;
        this.extractions = extractions;
    }

    /** Reads and checks the files (waiting for that), then starts the extraction of those not stored yet. */
    static CorpusBatch plan(List<Path> paths, ArticleIngestor ingestor, ExecutorService extractors) {
        List<Future<Checked>> reads = paths.stream().map(path -> extractors.submit(() -> check(path, ingestor))).toList();
        List<Checked> files = reads.stream().map(CorpusBatch::await).toList();
        Set<String> stored;
        try {
            stored = ingestor.storedHashes(files.stream().map(Checked::hash).filter(Objects::nonNull).toList())
                    .await().indefinitely();
        } catch (RuntimeException e) {
            stored = Set.of(); // the writer checks again under the lock and reports an unreachable database itself
        }
        List<Future<ReadyArticle>> extractions = new ArrayList<>();
        for (Checked file : files) {
            extractions.add(file.skipReason() != null || stored.contains(file.hash()) ? null
                    : extractors.submit(() -> ingestor.extract(file.request(), file.hash())));
        }
        return new CorpusBatch(files, extractions);
    }

    /** The extracted articles in file order; counts and logs the files skipped and those stored already. */
    List<Extracted> awaitExtracted(CorpusLoader.Tally tally, ArticleIngestor ingestor) {
        List<Extracted> ready = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Checked file = files.get(i);
            if (file.skipReason() != null) {
                tally.skip(file.file(), file.skipReason());
            } else if (extractions.get(i) == null) {
                tally.unchanged.incrementAndGet();
            } else {
                try {
                    ready.add(new Extracted(file.file(), await(extractions.get(i))));
                } catch (RejectedInput e) {
                    ingestor.countRejected();
                    tally.skip(file.file(), e.getMessage());
                } catch (RuntimeException e) {
                    Log.warnf(e, "Skipped corpus file %s: extraction failed", file.file());
                    tally.skipped.incrementAndGet();
                }
            }
        }
        return ready;
    }

    private static Checked check(Path path, ArticleIngestor ingestor) {
        String name = path.getFileName().toString();
        try {
            IngestRequest request = IngestRequest.ofCorpusFile(name, CorpusFiles.read(path));
            return new Checked(name, request, ingestor.hashOf(request), null);
        } catch (IOException e) {
            return new Checked(name, null, null, "cannot be read as UTF-8 text (" + e.getMessage() + ")");
        } catch (RejectedInput e) {
            return new Checked(name, null, null, e.getMessage());
        }
    }

    /** The task's result; a RuntimeException it threw is rethrown as it was. */
    private static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the corpus", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("cannot prepare a corpus file", e.getCause());
        }
    }
}

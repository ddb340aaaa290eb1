package dev.newsgraph.ingest;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.newsgraph.article.ArticleRepository;
import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.extract.UnreadableTextException;
import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Owns every write to the graph: checks the input, extracts it, and runs each write in one transaction under a
 * PostgreSQL advisory lock that every writer holds until it commits, so concurrent ingests (or several replicas
 * loading the corpus at once) never store a text twice nor race on the shared source, expert and agreement rows.
 * The ingest mutation stores one article per transaction, the corpus loader a batch; both go through
 * {@link BatchWriter}, so both store the same graph.
 */
@ApplicationScoped
public class ArticleIngestor {

    /** Advisory lock key that every writer holds for the length of its transaction. */
    public static final long WRITE_LOCK = 0x6e657773_6772L;

    private final Pool pool;
    private final ArticleExtractor extractor;
    private final ArticleRepository articles;
    private final ArticleRemoval removal;
    private final GraphTables tables = new GraphTables();
    private final BatchWriter writer;
    private final int maxBytes;
    private final Duration timeout;
    private final MeterRegistry meters;
    private final Timer extraction;

    public ArticleIngestor(Pool pool, ArticleExtractor extractor, ArticleRepository articles, ArticleRemoval removal,
            @ConfigProperty(name = "newsgraph.ingest.max-bytes", defaultValue = "2097152") int maxBytes,
            @ConfigProperty(name = "newsgraph.ingest.timeout", defaultValue = "PT30S") Duration timeout,
            MeterRegistry meters) {
        this.pool = pool;
        this.extractor = extractor;
        this.articles = articles;
        this.removal = removal;
        this.writer = new BatchWriter(tables, removal);
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.meters = meters;
        this.extraction = Timer.builder("newsgraph.extraction").description("Time to extract the facts of one article")
                .publishPercentileHistogram().register(meters);
    }

    /**
     * Stores the article unless its text is already stored, in one transaction. Fails with {@link RejectedInput}
     * before writing anything when the input cannot be an article.
     */
    public Uni<IngestResult> ingest(IngestRequest request) {
        return Uni.createFrom().item(() -> hashOf(request))
                .chain(hash -> inTransaction(connection -> tables.storedArticles(connection, List.of(hash), List.of())
                        .chain(stored -> stored.isEmpty()
                                ? writer.write(connection, List.of(extract(request, hash)), Runnable::run).map(written -> written.get(0))
                                : Uni.createFrom().item(new BatchWriter.Stored(stored.get(0).id(), false)))))
                .ifNoItem().after(timeout).failWith(() -> new ApiException.ServiceUnavailable(
                        "Storing the article did not finish in time; nothing was stored. Try again shortly."))
                .invoke(stored -> count(stored.created() ? "created" : "unchanged"))
                .onFailure().invoke(failure -> count(failure instanceof RejectedInput ? "rejected" : "failed"))
                .chain(stored -> articles.findById(stored.articleId()).map(article -> new IngestResult(article, stored.created())));
    }

    /** Deletes an article under the write lock; false when there was none. */
    public Uni<Boolean> delete(long articleId) {
        return inTransaction(connection -> removal.remove(connection, articleId));
    }

    /**
     * Stores a batch of extracted articles in one transaction; the outcome of each, in order. A failure stores
     * none of them (the caller can store them one by one to find the article at fault). The mapping and relation
     * finding of a whole batch take tens of milliseconds, so they run on a worker thread, not the event loop.
     */
    Uni<List<BatchWriter.Stored>> store(List<ReadyArticle> batch) {
        return inTransaction(connection -> connection.query("set local statement_timeout = '5min'").execute()
                .chain(() -> writer.write(connection, batch, Infrastructure.getDefaultWorkerPool())))
                .invoke(stored -> stored.forEach(s -> count(s.created() ? "created" : "unchanged")));
    }

    /** The hashes among these that are stored already (read without the lock: the writer checks again under it). */
    Uni<Set<String>> storedHashes(Collection<String> hashes) {
        return pool.preparedQuery("select content_hash from article where content_hash = any($1)")
                .execute(Tuple.of(hashes.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> stored = new HashSet<>();
                    rows.forEach(row -> stored.add(row.getString(0)));
                    return stored;
                });
    }

    /** Checks the input and returns its content hash; throws {@link RejectedInput} when it cannot be an article. */
    String hashOf(IngestRequest request) {
        PageInput.check(request.text(), maxBytes);
        return ContentHash.of(request.text());
    }

    /** Extracts a checked article; throws {@link RejectedInput} when no article can be read from it. */
    ReadyArticle extract(IngestRequest request, String hash) {
        try {
            return ReadyArticle.of(request, hash, extraction.record(() -> extractor.extract(request.text())));
        } catch (UnreadableTextException e) {
            throw new RejectedInput(ErrorCode.BAD_USER_INPUT, List.of("input", "text"), e.getMessage());
        }
    }

    /** Counts a refused article in newsgraph_ingest_articles_total{outcome}, as the mutation does. */
    void countRejected() {
        count("rejected");
    }

    /**
     * Every connection opens with the read timeout as its statement_timeout (DatabasePool); a writer may wait for
     * the lock and write for up to the ingest timeout, so it raises the limit for its own transaction first.
     */
    private <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(connection -> tables.raiseStatementTimeout(connection, timeout)
                .chain(() -> tables.holdWriteLock(connection, WRITE_LOCK))
                .chain(() -> work.apply(connection)));
    }

    private void count(String outcome) {
        meters.counter("newsgraph.ingest.articles", "outcome", outcome).increment();
    }
}

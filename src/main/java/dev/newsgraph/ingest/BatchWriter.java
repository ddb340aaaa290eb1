package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.newsgraph.extract.ExtractedAgreement;
import dev.newsgraph.extract.ExtractedExpert;
import dev.newsgraph.extract.ExtractedSource;
import dev.newsgraph.ingest.GraphRows.AgreementRow;
import dev.newsgraph.ingest.GraphRows.ArticleRows;
import dev.newsgraph.ingest.GraphRows.ClaimRow;
import dev.newsgraph.ingest.GraphRows.ExpertRow;
import dev.newsgraph.ingest.GraphRows.SourceRow;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Writes a batch of extracted articles inside the caller's transaction (which holds the write lock), with a
 * handful of multi-row statements per batch, and leaves the graph that storing them one after the other would
 * have left. A text already stored (or earlier in the batch) is not stored again; a corpus file stored before
 * with another text is replaced, and since storing the articles before it saw the old version, the batch is
 * written in segments that each start at such a file.
 */
final class BatchWriter {

    /** What became of one article: the id of its stored row, and whether this batch created it. */
    record Stored(long articleId, boolean created) {
    }

    private static final String RELATION_IDS = "claim_relation_seq";

    private final GraphTables tables;
    private final RelationFinder relations = new RelationFinder();
    private final ArticleRemoval removal;

    BatchWriter(GraphTables tables, ArticleRemoval removal) {
        this.tables = tables;
        this.removal = removal;
    }

    /** The outcome of each article of the batch, in its order; the work between statements runs on {@code cpu}. */
    Uni<List<Stored>> write(SqlConnection connection, List<ReadyArticle> batch, Executor cpu) {
        List<String> hashes = batch.stream().map(ReadyArticle::hash).toList();
        List<String> files = batch.stream().map(a -> a.request().corpusFile()).filter(Objects::nonNull).toList();
        return tables.storedArticles(connection, hashes, files).chain(stored -> {
            Map<String, Long> storedIds = new HashMap<>();
            Map<String, Long> storedFiles = new HashMap<>();
            stored.forEach(article -> {
                storedIds.put(article.hash(), article.id());
                if (article.corpusFile() != null) {
                    storedFiles.put(article.corpusFile(), article.id());
                }
            });
            Map<String, ArticleRows> created = new LinkedHashMap<>();
            List<Segment> segments = new ArrayList<>();
            for (ReadyArticle article : batch) {
                if (storedIds.containsKey(article.hash()) || created.containsKey(article.hash())) {
                    continue;
                }
                Long replaced = article.request().corpusFile() == null ? null : storedFiles.get(article.request().corpusFile());
                if (segments.isEmpty() || replaced != null) {
                    segments.add(new Segment(replaced));
                }
                segments.get(segments.size() - 1).articles.add(article);
                created.put(article.hash(), null);
            }
            Uni<Void> written = Uni.createFrom().voidItem();
            for (Segment segment : segments) {
                written = written.chain(() -> write(connection, segment, cpu))
                        .invoke(rows -> rows.forEach(row -> created.put(row.hash, row))).replaceWithVoid();
            }
            return written.map(ignored -> {
                Set<String> seen = new HashSet<>();
                List<Stored> outcomes = new ArrayList<>();
                for (ReadyArticle article : batch) {
                    Long storedId = storedIds.get(article.hash());
                    outcomes.add(storedId != null ? new Stored(storedId, false)
                            : new Stored(created.get(article.hash()).id, seen.add(article.hash())));
                }
                return outcomes;
            });
        });
    }

    /** Articles written with one round of statements, after removing the article the first one replaces. */
    private static final class Segment {
        final Long replaced;
        final List<ReadyArticle> articles = new ArrayList<>();

        Segment(Long replaced) {
            this.replaced = replaced;
        }
    }

    private Uni<List<ArticleRows>> write(SqlConnection connection, Segment segment, Executor cpu) {
        NamedRows named = new NamedRows();
        Set<String> sourceNames = new LinkedHashSet<>();
        Set<String> expertKeys = new LinkedHashSet<>();
        Set<String> agreementKeys = new LinkedHashSet<>();
        for (ReadyArticle article : segment.articles) {
            article.extracted().sources().stream().map(ExtractedSource::name).forEach(sourceNames::add);
            String publisher = FactMapper.publisherName(article);
            if (publisher != null) {
                sourceNames.add(publisher);
            }
            article.extracted().experts().stream().map(ExtractedExpert::name).map(NameKeys::of).forEach(expertKeys::add);
            article.extracted().agreements().stream().map(ExtractedAgreement::name).map(NameKeys::of).forEach(agreementKeys::add);
        }
        Uni<Boolean> removed = segment.replaced == null ? Uni.createFrom().item(false)
                : removal.remove(connection, segment.replaced);
        return removed.chain(() -> tables.readNamed(connection, named, sourceNames, expertKeys, agreementKeys))
                .emitOn(cpu)
                .chain(() -> {
                    List<ArticleRows> rows = segment.articles.stream().map(article -> FactMapper.map(article, named)).toList();
                    List<SourceRow> sources = toWrite(named.sources.values(), r -> r.id, r -> r.changed);
                    List<ExpertRow> experts = toWrite(named.experts.values(), r -> r.id, r -> r.changed);
                    List<AgreementRow> agreements = toWrite(named.agreements.values(), r -> r.id, r -> r.changed);
                    return assignIds(connection, rows, named)
                            .chain(mentionIds -> tables.upsertSources(connection, sources)
                                    .chain(() -> tables.upsertExperts(connection, experts))
                                    .chain(() -> tables.upsertAgreements(connection, agreements))
                                    // the candidates are read from term_candidates alone, which the articles'
                                    // rows do not touch, so PostgreSQL inserts them while the app relates
                                    .chain(() -> Uni.combine().all().unis(relations.find(connection, rows, cpu),
                                            tables.insertArticles(connection, rows, mentionIds)).asTuple())
                                    .map(Tuple2::getItem1)
                                    .chain(found -> tables.reserveIds(connection, Map.of(RELATION_IDS, found.size()))
                                            .chain(ids -> tables.insertRelations(connection, ids.get(RELATION_IDS),
                                                    Arrays.copyOf(found.claims, found.size()),
                                                    Arrays.copyOf(found.others, found.size()),
                                                    found.kinds.toArray(String[]::new)))
                                            .chain(() -> tables.writeTermCandidates(connection, found.newestOfTerms))))
                            .replaceWith(rows);
                });
    }

    /** The named rows to write: new ones and stored ones the batch added to. */
    private static <R> List<R> toWrite(Collection<R> rows, Function<R, Long> id, Predicate<R> changed) {
        return rows.stream().filter(row -> id.apply(row) == null || changed.test(row)).toList();
    }

    /** Reserves and hands out the ids of new rows; returns the agreement mentions' ids. */
    private Uni<long[]> assignIds(SqlConnection connection, List<ArticleRows> rows, NamedRows named) {
        List<SourceRow> sources = named.sources.values().stream().filter(r -> r.id == null).toList();
        List<ExpertRow> experts = named.experts.values().stream().filter(r -> r.id == null).toList();
        List<AgreementRow> agreements = named.agreements.values().stream().filter(r -> r.id == null).toList();
        List<ClaimRow> claims = rows.stream().flatMap(article -> article.claims.stream()).toList();
        int mentions = rows.stream().mapToInt(article -> article.mentions.size()).sum();
        return tables.reserveIds(connection, Map.of("article_seq", rows.size(), "claim_seq", claims.size(),
                "source_seq", sources.size(), "expert_seq", experts.size(), "agreement_seq", agreements.size(),
                "agreement_mention_seq", mentions))
                .map(ids -> {
                    for (int i = 0; i < rows.size(); i++) {
                        ArticleRows article = rows.get(i);
                        article.id = ids.get("article_seq")[i];
                        article.claims.forEach(claim -> claim.articleId = article.id);
                    }
                    for (int i = 0; i < claims.size(); i++) {
                        claims.get(i).id = ids.get("claim_seq")[i];
                    }
                    for (int i = 0; i < sources.size(); i++) {
                        sources.get(i).id = ids.get("source_seq")[i];
                    }
                    for (int i = 0; i < experts.size(); i++) {
                        experts.get(i).id = ids.get("expert_seq")[i];
                    }
                    for (int i = 0; i < agreements.size(); i++) {
                        agreements.get(i).id = ids.get("agreement_seq")[i];
                    }
                    return ids.get("agreement_mention_seq");
                });
    }
}

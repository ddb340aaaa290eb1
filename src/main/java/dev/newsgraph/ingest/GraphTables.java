package dev.newsgraph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongUnaryOperator;

import dev.newsgraph.agreement.AgreementStatus;
import dev.newsgraph.expert.ExpertCategory;
import dev.newsgraph.extract.TextSpan;
import dev.newsgraph.ingest.GraphRows.AgreementRow;
import dev.newsgraph.ingest.GraphRows.ArticleRows;
import dev.newsgraph.ingest.GraphRows.ClaimRow;
import dev.newsgraph.ingest.GraphRows.ExpertRow;
import dev.newsgraph.ingest.GraphRows.MentionRow;
import dev.newsgraph.ingest.GraphRows.SourceRow;
import dev.newsgraph.source.SourceKind;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The SQL of the write path. Every statement handles a whole batch: the rows go in as one array per column and
 * come out of {@code unnest}, so a batch of 200 articles with 4,000 claims is one INSERT per table, not 4,000.
 * Text arrays per row (aliases, parties, topics) travel as JSON arrays; key terms, which hold letters, digits,
 * spaces and {@code . ' -} only, joined by {@code |}. New ids come from {@link IdBlocks}.
 */
final class GraphTables {

    private final IdBlocks ids = new IdBlocks();

    /** An article already stored under a text hash or corpus file name of the batch. */
    record StoredArticle(long id, String hash, String corpusFile) {
    }

    /** Sets this transaction's statement_timeout (set_config with is_local = true ends with the transaction). */
    Uni<Void> raiseStatementTimeout(SqlConnection connection, Duration limit) {
        return run(connection, "select set_config('statement_timeout', $1, true)", Tuple.of(limit.toMillis() + "ms"));
    }

    Uni<Void> holdWriteLock(SqlConnection connection, long key) {
        return run(connection, "select pg_advisory_xact_lock($1)", Tuple.of(key));
    }

    Uni<List<StoredArticle>> storedArticles(SqlConnection connection, Collection<String> hashes, Collection<String> files) {
        return connection.preparedQuery("select id, content_hash, corpus_file from article "
                + "where content_hash = any($1) or corpus_file = any($2)")
                .execute(Tuple.of(hashes.toArray(String[]::new), files.toArray(String[]::new)))
                .map(rows -> {
                    List<StoredArticle> stored = new ArrayList<>();
                    rows.forEach(row -> stored.add(new StoredArticle(row.getLong(0), row.getString(1), row.getString(2))));
                    return stored;
                });
    }

    /** Reads the stored sources, experts and agreements among those named into {@code named}. */
    Uni<Void> readNamed(SqlConnection connection, NamedRows named, Collection<String> sourceNames,
            Collection<String> expertKeys, Collection<String> agreementKeys) {
        return connection.preparedQuery("select id, name, aliases, kind, state_run from source where name = any($1)")
                .execute(Tuple.of(sourceNames.toArray(String[]::new)))
                .invoke(rows -> rows.forEach(r -> named.sources.put(r.getString(1), new SourceRow(r.getLong(0),
                        r.getString(1), SourceKind.valueOf(r.getString(3)), strings(r, 2), r.getBoolean(4)))))
                .chain(() -> connection.preparedQuery("select id, name, name_key, category, role, affiliation from expert "
                        + "where name_key = any($1)").execute(Tuple.of(expertKeys.toArray(String[]::new))))
                .invoke(rows -> rows.forEach(r -> named.experts.put(r.getString(2), new ExpertRow(r.getLong(0),
                        r.getString(1), r.getString(2), ExpertCategory.valueOf(r.getString(3)), r.getString(4),
                        r.getString(5)))))
                .chain(() -> connection.preparedQuery("select id, name, name_key, status, parties, topics from agreement "
                        + "where name_key = any($1)").execute(Tuple.of(agreementKeys.toArray(String[]::new))))
                .invoke(rows -> rows.forEach(r -> named.agreements.put(r.getString(2), new AgreementRow(r.getLong(0),
                        r.getString(1), r.getString(2), AgreementStatus.valueOf(r.getString(3)), strings(r, 4),
                        strings(r, 5)))))
                .replaceWithVoid();
    }

    /** New ids for {@code counts.get(sequence)} rows of each sequence, ascending ({@link IdBlocks}). */
    Uni<Map<String, long[]>> reserveIds(SqlConnection connection, Map<String, Integer> counts) {
        return ids.reserve(connection, counts);
    }

    /** Inserts new sources and writes the aliases and state ownership of known ones the batch added to. */
    Uni<Void> upsertSources(SqlConnection connection, List<SourceRow> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : run(connection, """
                insert into source (id, name, aliases, kind, state_run)
                select id, name, array(select jsonb_array_elements_text(aliases::jsonb)), kind, state_run
                from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::boolean[]) as r(id, name, aliases, kind, state_run)
                on conflict (id) do update set aliases = excluded.aliases, state_run = excluded.state_run""",
                Tuple.of(column(rows, r -> r.id, Long[]::new), column(rows, r -> r.name, String[]::new),
                        column(rows, r -> new JsonArray(r.aliases).encode(), String[]::new),
                        column(rows, r -> r.kind.name(), String[]::new), column(rows, r -> r.stateRun, Boolean[]::new)));
    }

    /** Inserts new experts and fills in the role or affiliation of known ones. */
    Uni<Void> upsertExperts(SqlConnection connection, List<ExpertRow> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : run(connection, """
                insert into expert (id, name, name_key, category, role, affiliation)
                select * from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                on conflict (id) do update set role = excluded.role, affiliation = excluded.affiliation""",
                Tuple.from(List.of(column(rows, r -> r.id, Long[]::new), column(rows, r -> r.name, String[]::new),
                        column(rows, r -> r.nameKey, String[]::new), column(rows, r -> r.category.name(), String[]::new),
                        column(rows, r -> r.role, String[]::new), column(rows, r -> r.affiliation, String[]::new))));
    }

    /** Inserts new agreements and writes the status, parties and topics of known ones. */
    Uni<Void> upsertAgreements(SqlConnection connection, List<AgreementRow> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : run(connection, """
                insert into agreement (id, name, name_key, status, parties, topics)
                select id, name, name_key, status, array(select jsonb_array_elements_text(parties::jsonb)),
                       array(select jsonb_array_elements_text(topics::jsonb))
                from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                     as r(id, name, name_key, status, parties, topics)
                on conflict (id) do update set status = excluded.status, parties = excluded.parties, topics = excluded.topics""",
                Tuple.from(List.of(column(rows, r -> r.id, Long[]::new), column(rows, r -> r.name, String[]::new),
                        column(rows, r -> r.nameKey, String[]::new), column(rows, r -> r.status.name(), String[]::new),
                        column(rows, r -> new JsonArray(r.parties).encode(), String[]::new),
                        column(rows, r -> new JsonArray(r.topics).encode(), String[]::new))));
    }

    /** Inserts the articles with their citations, quotations, claims and agreement mentions. */
    Uni<Void> insertArticles(SqlConnection connection, List<ArticleRows> articles, long[] mentionIds) {
        List<ClaimRow> claims = new ArrayList<>();
        List<long[]> cited = new ArrayList<>();
        List<long[]> quoted = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (ArticleRows article : articles) {
            article.cited.forEach(source -> cited.add(new long[] { article.id, source.id }));
            article.quoted.forEach(expert -> quoted.add(new long[] { article.id, expert.id }));
            claims.addAll(article.claims);
            for (MentionRow mention : article.mentions) {
                mentions.add(new Mention(mentionIds[mentions.size()], mention.agreement().id, article.id, mention.span()));
            }
        }
        return run(connection, """
                insert into article (id, content_hash, corpus_file, title, url, published_on, author, publisher_id, body)
                select * from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[],
                                     $8::bigint[], $9::text[])""",
                Tuple.from(List.of(column(articles, a -> a.id, Long[]::new), column(articles, a -> a.hash, String[]::new),
                        column(articles, a -> a.corpusFile, String[]::new), column(articles, a -> a.title, String[]::new),
                        column(articles, a -> a.url, String[]::new),
                        column(articles, a -> a.publishedOn, java.time.LocalDate[]::new),
                        column(articles, a -> a.author, String[]::new),
                        column(articles, a -> a.publisher == null ? null : a.publisher.id, Long[]::new),
                        column(articles, a -> a.body, String[]::new))))
                .chain(() -> pairs(connection, "article_source (article_id, source_id)", cited))
                .chain(() -> pairs(connection, "article_expert (article_id, expert_id)", quoted))
                .chain(() -> insertClaims(connection, claims))
                .chain(() -> mentions.isEmpty() ? Uni.createFrom().voidItem() : run(connection, """
                        insert into agreement_mention (id, agreement_id, article_id, span_start, span_end, span_text)
                        select * from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::int[], $5::int[], $6::text[])""",
                        Tuple.from(List.of(column(mentions, Mention::id, Long[]::new),
                                column(mentions, Mention::agreementId, Long[]::new), column(mentions, Mention::articleId, Long[]::new),
                                column(mentions, m -> m.span().start(), Integer[]::new),
                                column(mentions, m -> m.span().end(), Integer[]::new),
                                column(mentions, m -> m.span().text(), String[]::new)))));
    }

    private record Mention(Long id, Long agreementId, Long articleId, TextSpan span) {
    }

    private Uni<Void> insertClaims(SqlConnection connection, List<ClaimRow> claims) {
        return claims.isEmpty() ? Uni.createFrom().voidItem() : run(connection, """
                insert into claim (id, article_id, ordinal, text, kind, stance, claimant, claimant_type, expert_id, source_id,
                                   evidence_start, evidence_end, evidence_text, key_terms)
                select id, article_id, ordinal, text, kind, stance, claimant, claimant_type, expert_id, source_id,
                       evidence_start, evidence_end, evidence_text, string_to_array(key_terms, '|')
                from unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                            $9::bigint[], $10::bigint[], $11::int[], $12::int[], $13::text[], $14::text[])
                     as c(id, article_id, ordinal, text, kind, stance, claimant, claimant_type, expert_id, source_id,
                          evidence_start, evidence_end, evidence_text, key_terms)""",
                Tuple.from(List.of(column(claims, c -> c.id, Long[]::new), column(claims, c -> c.articleId, Long[]::new),
                        column(claims, c -> c.ordinal, Integer[]::new), column(claims, c -> c.text, String[]::new),
                        column(claims, c -> c.kind.name(), String[]::new), column(claims, c -> c.stance.name(), String[]::new),
                        column(claims, c -> c.claimant, String[]::new), column(claims, c -> c.claimantType.name(), String[]::new),
                        column(claims, c -> c.expert == null ? null : c.expert.id, Long[]::new),
                        column(claims, c -> c.source == null ? null : c.source.id, Long[]::new),
                        column(claims, c -> c.evidence.start(), Integer[]::new),
                        column(claims, c -> c.evidence.end(), Integer[]::new),
                        column(claims, c -> c.evidence.text(), String[]::new),
                        column(claims, c -> String.join("|", c.keyTerms), String[]::new))));
    }

    /** Inserts claim relations given as parallel columns. */
    Uni<Void> insertRelations(SqlConnection connection, long[] ids, long[] claims, long[] others, String[] relations) {
        return claims.length == 0 ? Uni.createFrom().voidItem() : run(connection, """
                insert into claim_relation (id, claim_id, other_claim_id, relation)
                select * from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[])""",
                Tuple.of(boxed(ids), boxed(claims), boxed(others), relations));
    }

    /** Replaces the candidate lists of these terms (packed as {@link RelationFinder} keeps them, ascending). */
    Uni<Void> writeTermCandidates(SqlConnection connection, Map<String, long[]> newest) {
        List<String> terms = new ArrayList<>(newest.keySet());
        return terms.isEmpty() ? Uni.createFrom().voidItem() : run(connection, """
                insert into term_candidates (term, claim_ids, term_counts)
                select term, string_to_array(claim_ids, ',')::bigint[], string_to_array(term_counts, ',')::int[]
                from unnest($1::text[], $2::text[], $3::text[]) as t(term, claim_ids, term_counts)
                on conflict (term) do update set claim_ids = excluded.claim_ids, term_counts = excluded.term_counts""",
                Tuple.of(terms.toArray(String[]::new),
                        column(terms, t -> joined(newest.get(t), RelationFinder::claimId), String[]::new),
                        column(terms, t -> joined(newest.get(t), RelationFinder::termCount), String[]::new)));
    }

    private static String joined(long[] packed, LongUnaryOperator part) {
        StringBuilder joined = new StringBuilder(packed.length * 8);
        for (long candidate : packed) {
            joined.append(joined.isEmpty() ? "" : ",").append(part.applyAsLong(candidate));
        }
        return joined.toString();
    }

    private Uni<Void> pairs(SqlConnection connection, String table, List<long[]> pairs) {
        return pairs.isEmpty() ? Uni.createFrom().voidItem()
                : run(connection, "insert into " + table + " select * from unnest($1::bigint[], $2::bigint[])",
                        Tuple.of(column(pairs, p -> p[0], Long[]::new), column(pairs, p -> p[1], Long[]::new)));
    }

    private static Uni<Void> run(SqlConnection connection, String sql, Tuple parameters) {
        return connection.preparedQuery(sql).execute(parameters).replaceWithVoid();
    }

    private static List<String> strings(Row row, int column) {
        return new ArrayList<>(Arrays.asList(row.getArrayOfStrings(column)));
    }

    private static Long[] boxed(long[] values) {
        return Arrays.stream(values).boxed().toArray(Long[]::new);
    }

    static <R, T> T[] column(List<R> rows, Function<R, T> value, IntFunction<T[]> array) {
        T[] column = array.apply(rows.size());
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        return column;
    }
}

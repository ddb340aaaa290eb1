package dev.newsgraph.graphql.readpath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

import dev.newsgraph.agreement.AgreementRepository;
import dev.newsgraph.claim.ClaimRepository;
import dev.newsgraph.expert.ExpertRepository;
import dev.newsgraph.persistence.Batches;
import dev.newsgraph.source.SourceRepository;

/**
 * Loads what a {@link Selection} needs, one statement per selected field and level whatever the number of parents
 * (the statements the resolvers' batches run, reading only the columns the selection writes), into plain rows
 * that {@link AnswerWriter} writes. Sibling fields load at the same time; a level starts when its parents are in.
 */
final class GraphReader {

    /** An article as the read path writes it; {@code body} is read only when selected. */
    record ArticleRow(long id, String title, String url, LocalDate publishedOn, String author, Long publisherId,
            String body) {
    }

    /** A claim as the read path writes it; the evidence columns are read only when selected. */
    record ClaimRow(long id, long articleId, String text, String kind, String stance, String claimant,
            String claimantType, Long expertId, Long sourceId, int evidenceStart, int evidenceEnd, String evidenceText) {
        SpanRow evidence() {
            return new SpanRow(evidenceStart, evidenceEnd, evidenceText);
        }
    }

    /** A span of an article's body: a claim's evidence or where an agreement is mentioned. */
    record SpanRow(int start, int end, String text) {
    }

    record RelationRow(long claimId, long otherClaimId, String relation) {
    }

    record AgreementRow(long id, String name, String[] parties, String status, String[] topics) {
    }

    record ExpertRow(long id, String name, String role, String affiliation, String category) {
    }

    record SourceRow(long id, String name, String[] aliases, String kind, Boolean stateRun) {
    }

    /** A page of a connection: its rows (at most {@code first}) and whether more follow. */
    record Page<T>(List<T> rows, boolean hasNextPage) {
    }

    private static final String ARTICLE_COLUMNS = "a.id, a.title, a.url, a.published_on, a.author, a.publisher_id, ";
    private static final String ARTICLE_ORDER = " order by a.published_on desc nulls last, a.id desc limit ";
    private static final String CLAIM_COLUMNS = "c.id, c.article_id, c.text, c.kind, c.stance, c.claimant, "
            + "c.claimant_type, c.expert_id, c.source_id, ";

    private final Pool pool;

    GraphReader(Pool pool) {
        this.pool = pool;
    }

    /** Loads everything {@code root} (a {@link ReadType#QUERY} selection) selects; fails as the first statement fails. */
    Future<Void> load(Selection root) {
        List<Future<?>> loads = new ArrayList<>(root.fields.size());
        for (Selection.Field field : root.fields) {
            Selection.Arguments arguments = field.arguments;
            switch (field.name) {
                case "articles" -> {
                    loads.add(articlePage(field.selection, arguments).compose(page -> {
                        field.loaded = page;
                        return below(field.selection, page.rows());
                    }));
                    counts(field.selection, "select count(*) from article a", loads);
                }
                case "claims" -> {
                    loads.add(claimPage(field.selection, arguments).compose(page -> {
                        field.loaded = page;
                        return below(field.selection, page.rows());
                    }));
                    counts(field.selection, "select count(*) from claim c", loads);
                }
                case "article" -> loads.add(rows(articleSql(field.selection, "where a.id = $1"),
                        Tuple.of(arguments.id()), row -> articleOf(row)).compose(found -> {
                            field.loaded = found.isEmpty() ? null : found.get(0);
                            return below(field.selection, found);
                        }));
                case "claim" -> loads.add(rows(claimSql(field.selection, "where c.id = $1"),
                        Tuple.of(arguments.id()), row -> claimOf(row)).compose(found -> {
                            field.loaded = found.isEmpty() ? null : found.get(0);
                            return below(field.selection, found);
                        }));
                default -> {
                    // __typename
                }
            }
        }
        return Future.all(loads).mapEmpty();
    }

    /** The totalCount fields of a connection, each loaded as the resolver loads it: one count when selected. */
    private void counts(Selection connection, String sql, List<Future<?>> loads) {
        for (Selection.Field field : connection.fields) {
            if (field.name.equals("totalCount")) {
                loads.add(rows(sql, Tuple.tuple(), row -> row.getLong(0)).map(found -> {
                    field.loaded = found.get(0);
                    return null;
                }));
            }
        }
    }

    private Future<Page<ArticleRow>> articlePage(Selection connection, Selection.Arguments page) {
        Selection node = nodeOf(connection);
        String sql;
        Tuple values;
        if (page.after() == null) {
            sql = articleSql(node, "");
            values = Tuple.tuple();
        } else if (page.after().key() == null) {
            sql = articleSql(node, "where (a.published_on is null and a.id < $1)");
            values = Tuple.of(page.after().id());
        } else {
            sql = articleSql(node, "where (a.published_on < $1 or (a.published_on = $1 and a.id < $2) "
                    + "or a.published_on is null)");
            values = Tuple.of(LocalDate.parse(page.after().key()), page.after().id());
        }
        return rows(sql + ARTICLE_ORDER + (page.first() + 1), values, GraphReader::articleOf)
                .map(rows -> page(rows, page.first()));
    }

    private Future<Page<ClaimRow>> claimPage(Selection connection, Selection.Arguments page) {
        Selection node = nodeOf(connection);
        String sql = page.after() == null ? claimSql(node, "") : claimSql(node, "where c.id > $1");
        Tuple values = page.after() == null ? Tuple.tuple() : Tuple.of(page.after().id());
        return rows(sql + " order by c.id limit " + (page.first() + 1), values, GraphReader::claimOf)
                .map(rows -> page(rows, page.first()));
    }

    private static <T> Page<T> page(List<T> rows, int first) {
        return rows.size() > first ? new Page<>(rows.subList(0, first), true) : new Page<>(rows, false);
    }

    /** The node selection of a connection's edges, all of them merged for choosing columns (null when none). */
    private static Selection nodeOf(Selection connection) {
        List<Selection.Field> fields = new ArrayList<>();
        for (Selection.Field edges : connection.fields) {
            if (edges.name.equals("edges")) {
                for (Selection.Field node : edges.selection.fields) {
                    if (node.name.equals("node")) {
                        fields.addAll(node.selection.fields);
                    }
                }
            }
        }
        return new Selection(null, fields);
    }

    private static String articleSql(Selection article, String where) {
        return "select " + ARTICLE_COLUMNS + (article.selects("body") ? "a.body" : "null") + " from article a " + where;
    }

    private static String claimSql(Selection claim, String where) {
        return "select " + CLAIM_COLUMNS + (claim.selects("evidence") ? "c.evidence_start, c.evidence_end, c.evidence_text"
                : "0, 0, null") + " from claim c " + where;
    }

    /** Loads the fields of {@code selection} for all of {@code parents}, then what lies below them. */
    @SuppressWarnings("unchecked")
    private Future<Void> below(Selection selection, List<?> parents) {
        if (selection == null || parents.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Future<?>> loads = new ArrayList<>();
        for (Selection.Field field : selection.fields) {
            Selection sub = field.selection;
            switch (selection.type) {
                case ARTICLE_CONNECTION, CLAIM_CONNECTION -> {
                    if (field.name.equals("edges")) {
                        loads.add(below(sub, parents));
                    }
                }
                case ARTICLE_EDGE, CLAIM_EDGE -> {
                    if (field.name.equals("node")) {
                        loads.add(below(sub, parents));
                    }
                }
                case ARTICLE -> {
                    List<ArticleRow> articles = (List<ArticleRow>) parents;
                    List<Long> ids = Batches.keys(articles, ArticleRow::id);
                    switch (field.name) {
                        case "publisher" -> loads.add(byId(field, SourceRepository.BY_IDS,
                                Batches.keys(articles, ArticleRow::publisherId), row -> sourceOf(row, 0), SourceRow::id));
                        case "claims" -> loads.add(byParent(field,
                                claimSql(sub, "where c.article_id = any($1) order by c.article_id, c.ordinal"), ids,
                                row -> row.getLong(1), GraphReader::claimOf));
                        case "citedSources" -> loads.add(byParent(field, SourceRepository.CITED_BY, ids,
                                row -> row.getLong(0), row -> sourceOf(row, 1)));
                        case "experts" -> loads.add(byParent(field, ExpertRepository.QUOTED_IN, ids,
                                row -> row.getLong(0), row -> expertOf(row, 1)));
                        case "agreements" -> loads.add(byParent(field, AgreementRepository.MENTIONED_IN, ids,
                                row -> row.getLong(0), GraphReader::agreementOf));
                        default -> {
                            // leaves
                        }
                    }
                }
                case CLAIM -> {
                    List<ClaimRow> claims = (List<ClaimRow>) parents;
                    switch (field.name) {
                        case "expert" -> loads.add(byId(field, ExpertRepository.BY_IDS,
                                Batches.keys(claims, ClaimRow::expertId), row -> expertOf(row, 0), ExpertRow::id));
                        case "source" -> loads.add(byId(field, SourceRepository.BY_IDS,
                                Batches.keys(claims, ClaimRow::sourceId), row -> sourceOf(row, 0), SourceRow::id));
                        case "article" -> loads.add(byId(field, articleSql(sub, "where a.id = any($1)"),
                                Batches.keys(claims, ClaimRow::articleId), GraphReader::articleOf, ArticleRow::id));
                        case "relations" -> loads.add(byParent(field, ClaimRepository.RELATIONS_OF,
                                Batches.keys(claims, ClaimRow::id), row -> row.getLong(1), GraphReader::relationOf));
                        default -> {
                            // leaves and evidence, which the claim's own row carries
                        }
                    }
                }
                case CLAIM_RELATION -> {
                    if (field.name.equals("claim")) {
                        loads.add(byId(field, claimSql(sub, "where c.id = any($1)"),
                                Batches.keys((List<RelationRow>) parents, RelationRow::otherClaimId), GraphReader::claimOf,
                                ClaimRow::id));
                    }
                }
                case AGREEMENT -> {
                    if (field.name.equals("evidence")) {
                        loads.add(byParent(field, AgreementRepository.MENTIONS_OF,
                                Batches.keys((List<AgreementRow>) parents, AgreementRow::id), row -> row.getLong(1),
                                row -> new SpanRow(row.getInteger(3), row.getInteger(4), row.getString(5))));
                    }
                }
                default -> {
                    // experts, sources, page info and spans have no field that loads
                }
            }
        }
        return Future.all(loads).mapEmpty();
    }

    /** Loads the rows {@code field} refers to by id into a map by id, then what lies below them. */
    private <T> Future<Void> byId(Selection.Field field, String sql, List<Long> ids, Function<Row, T> mapper,
            Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            field.loaded = Map.of();
            return Future.succeededFuture();
        }
        return rows(sql, ids(ids), mapper).compose(found -> {
            Map<Long, T> byId = new HashMap<>();
            for (T row : found) {
                byId.put(idOf.apply(row), row);
            }
            field.loaded = byId;
            return below(field.selection, found);
        });
    }

    /**
     * Loads the rows of {@code field} for the parents with {@code ids} into lists by parent ({@code parentOf} reads a
     * row's parent id), in the statement's order, then what lies below them.
     */
    private <T> Future<Void> byParent(Selection.Field field, String sql, List<Long> ids, Function<Row, Long> parentOf,
            Function<Row, T> mapper) {
        Map<Long, List<T>> byParent = new HashMap<>();
        field.loaded = byParent;
        return rows(sql, ids(ids), row -> {
            T child = mapper.apply(row);
            byParent.computeIfAbsent(parentOf.apply(row), k -> new ArrayList<>()).add(child);
            return child;
        }).compose(children -> below(field.selection, children));
    }

    private static Tuple ids(List<Long> ids) {
        return Tuple.of(ids.toArray(Long[]::new));
    }

    private <T> Future<List<T>> rows(String sql, Tuple values, Function<Row, T> mapper) {
        return pool.preparedQuery(sql).execute(values).map((RowSet<Row> rows) -> {
            List<T> mapped = new ArrayList<>(rows.size());
            for (Row row : rows) {
                mapped.add(mapper.apply(row));
            }
            return mapped;
        });
    }

    private static ArticleRow articleOf(Row row) {
        return new ArticleRow(row.getLong(0), row.getString(1), row.getString(2), row.getLocalDate(3), row.getString(4),
                row.getLong(5), row.getString(6));
    }

    private static ClaimRow claimOf(Row row) {
        return new ClaimRow(row.getLong(0), row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getLong(7), row.getLong(8), row.getInteger(9), row.getInteger(10),
                row.getString(11));
    }

    /** An expert from the repository's columns starting at {@code at} (its name key skipped). */
    private static ExpertRow expertOf(Row row, int at) {
        return new ExpertRow(row.getLong(at), row.getString(at + 1), row.getString(at + 3), row.getString(at + 4),
                row.getString(at + 5));
    }

    /** A source from the repository's columns starting at {@code at}. */
    private static SourceRow sourceOf(Row row, int at) {
        return new SourceRow(row.getLong(at), row.getString(at + 1), row.getArrayOfStrings(at + 2),
                row.getString(at + 3), row.getBoolean(at + 4));
    }

    private static RelationRow relationOf(Row row) {
        return new RelationRow(row.getLong(1), row.getLong(2), row.getString(3));
    }

    /** An agreement from {@link AgreementRepository#MENTIONED_IN}: the article's id, then the agreement's columns. */
    private static AgreementRow agreementOf(Row row) {
        return new AgreementRow(row.getLong(1), row.getString(2), row.getArrayOfStrings(4), row.getString(5),
                row.getArrayOfStrings(6));
    }
}

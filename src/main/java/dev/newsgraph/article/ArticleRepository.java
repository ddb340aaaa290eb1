package dev.newsgraph.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.persistence.ReadSessions;
import dev.newsgraph.persistence.SqlWhere;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Reads and writes articles. Pages and reads by id map rows of the reactive SQL client ({@link #articleOf});
 * the reads that pair an article with another entity use their own stateless session (see {@link ReadSessions}).
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    static final String CURSOR_KIND = "article";
    private static final String COLUMNS = "a.id, a.content_hash, a.corpus_file, a.title, a.url, a.published_on, "
            + "a.author, a.publisher_id, a.body, a.ingested_at";

    private final ReadSessions reads;

    public ArticleRepository(ReadSessions reads) {
        this.reads = reads;
    }

    public Uni<Article> findById(long id) {
        return findByIds(List.of(id)).map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** Read with the SQL client, as every read by id (see ReadSessions#rows). */
    public Uni<List<Article>> findByIds(List<Long> ids) {
        return reads.rowsOfIds("select " + COLUMNS + " from article a where a.id = any($1)", ids, ArticleRepository::articleOf);
    }

    /** An article from a row of {@link #COLUMNS}. */
    static Article articleOf(Row row) {
        Article article = new Article();
        article.id = row.getLong("id");
        article.contentHash = row.getString("content_hash");
        article.corpusFile = row.getString("corpus_file");
        article.title = row.getString("title");
        article.url = row.getString("url");
        article.publishedOn = row.getLocalDate("published_on");
        article.author = row.getString("author");
        article.publisherId = row.getLong("publisher_id");
        article.body = row.getString("body");
        article.ingestedAt = row.getOffsetDateTime("ingested_at");
        return article;
    }

    /** One page, newest first, undated last; fetches one extra row to tell whether more follow. */
    public Uni<List<Article>> page(SqlWhere where, PageRequest page) {
        SqlWhere keyset = where.copy();
        Cursor after = page.after();
        if (after != null) {
            if (after.key() == null) {
                keyset.always("(a.published_on is null and a.id < :afterId)", Map.of("afterId", after.id()));
            } else {
                keyset.always("(a.published_on < :afterDate or (a.published_on = :afterDate and a.id < :afterId) "
                        + "or a.published_on is null)", Map.of("afterDate", cursorDate(after), "afterId", after.id()));
            }
        }
        String sql = "select " + COLUMNS + " from article a" + keyset.sql()
                + " order by a.published_on desc nulls last, a.id desc limit " + (page.first() + 1);
        SqlWhere.Positional statement = keyset.positional(sql);
        return reads.rows(statement.sql(), statement.values(), ArticleRepository::articleOf);
    }

    public Uni<Long> count(SqlWhere where) {
        SqlWhere.Positional statement = where.positional("select count(*) from article a" + where.sql());
        return reads.rows(statement.sql(), statement.values(), row -> row.getLong(0)).map(counts -> counts.get(0));
    }

    /** The conditions of an {@link ArticleFilter}. */
    public static SqlWhere where(ArticleFilter filter) {
        SqlWhere where = new SqlWhere();
        if (filter == null) {
            return where;
        }
        return where.matching("a", filter.text, "english")
                .when(Ids.parseOptional("filter.publisherId", filter.publisherId), "a.publisher_id = :publisherId", "publisherId")
                .when(Ids.parseOptional("filter.citedSourceId", filter.citedSourceId),
                        "exists (select 1 from article_source x where x.article_id = a.id and x.source_id = :citedSourceId)",
                        "citedSourceId")
                .when(Ids.parseOptional("filter.expertId", filter.expertId),
                        "exists (select 1 from article_expert x where x.article_id = a.id and x.expert_id = :expertId)",
                        "expertId")
                .when(Ids.parseOptional("filter.agreementId", filter.agreementId),
                        "exists (select 1 from agreement_mention x where x.article_id = a.id and x.agreement_id = :agreementId)",
                        "agreementId")
                .when(filter.publishedFrom, "a.published_on >= :publishedFrom", "publishedFrom")
                .when(filter.publishedTo, "a.published_on <= :publishedTo", "publishedTo");
    }

    static Cursor cursorOf(Article article) {
        return new Cursor(CURSOR_KIND, article.id, article.publishedOn == null ? null : article.publishedOn.toString());
    }

    private static LocalDate cursorDate(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.key());
        } catch (DateTimeParseException e) {
            throw new ApiException.BadUserInput("'after' is not a cursor of this list.");
        }
    }

    /** Articles that cite or publish any of the sources, as rows of [sourceId, article]. */
    public Uni<List<Object[]>> citingOrPublishing(List<Long> sourceIds) {
        return reads.read(s -> s.createSelectionQuery(
                "select s.id, a from Source s, Article a where s.id in :ids and (a.publisherId = s.id or exists "
                        + "(select 1 from Citation c where c.articleId = a.id and c.sourceId = s.id)) "
                        + "order by a.publishedOn desc nulls last, a.id desc", Object[].class)
                .setParameter("ids", sourceIds).getResultList());
    }

    /** Articles quoting any of the experts, as rows of [expertId, article]. */
    public Uni<List<Object[]>> quoting(List<Long> expertIds) {
        return reads.read(s -> s.createSelectionQuery(
                "select q.expertId, a from Quotation q join Article a on a.id = q.articleId where q.expertId in :ids "
                        + "order by a.publishedOn desc nulls last, a.id desc", Object[].class)
                .setParameter("ids", expertIds).getResultList());
    }

    /** Articles mentioning any of the agreements, as rows of [agreementId, article], each article once. */
    public Uni<List<Object[]>> mentioning(List<Long> agreementIds) {
        return reads.read(s -> s.createSelectionQuery(
                "select g.id, a from Agreement g, Article a where g.id in :ids and exists "
                        + "(select 1 from AgreementMention m where m.articleId = a.id and m.agreementId = g.id) "
                        + "order by a.publishedOn desc nulls last, a.id desc", Object[].class)
                .setParameter("ids", agreementIds).getResultList());
    }
}

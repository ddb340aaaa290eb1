package dev.newsgraph.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.persistence.NameKeyset;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.persistence.ReadSessions;
import dev.newsgraph.persistence.SqlWhere;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/** Reads and writes sources. */
@ApplicationScoped
public class SourceRepository implements PanacheRepository<Source> {

    static final String CURSOR_KIND = "source";
    private static final String COLUMNS = "s.id, s.name, s.aliases, s.kind, s.state_run";
    /** The sources with the ids {@code $1}: {@link #COLUMNS}. Also run by the read path (graphql/readpath). */
    public static final String BY_IDS = "select " + COLUMNS + " from source s where s.id = any($1)";
    /**
     * The sources cited by the articles with the ids {@code $1}, by name: the citing article's id, then
     * {@link #COLUMNS}. Also run by the read path, so both answer citedSources in the same order.
     */
    public static final String CITED_BY = "select c.article_id, " + COLUMNS
            + " from article_source c join source s on s.id = c.source_id where c.article_id = any($1) order by s.name";

    private final ReadSessions reads;

    public SourceRepository(ReadSessions reads) {
        this.reads = reads;
    }

    public Uni<Source> findById(long id) {
        return reads.read(s -> s.get(Source.class, id));
    }

    /** The sources with these ids, in no particular order; read with the SQL client (see ReadSessions#rows). */
    public Uni<List<Source>> findByIds(List<Long> ids) {
        return reads.rowsOfIds(BY_IDS, ids, SourceRepository::sourceOf);
    }

    /** A source from a row of {@link #COLUMNS}. */
    static Source sourceOf(Row row) {
        Source source = new Source();
        source.id = row.getLong("id");
        source.name = row.getString("name");
        source.aliases = new ArrayList<>(Arrays.asList(row.getArrayOfStrings("aliases")));
        source.kind = SourceKind.valueOf(row.getString("kind"));
        source.stateRun = row.getBoolean("state_run");
        return source;
    }

    public Uni<List<Source>> page(SqlWhere where, PageRequest page) {
        SqlWhere keyset = NameKeyset.after(where.copy(), "s", page.after());
        String sql = "select " + COLUMNS + " from source s" + keyset.sql() + NameKeyset.orderAndLimit("s", page);
        return reads.read(s -> keyset.bind(s.createNativeQuery(sql, Source.class)).getResultList());
    }

    public Uni<Long> count(SqlWhere where) {
        return reads.read(s -> where.bind(s.createNativeQuery("select count(*) from source s" + where.sql(), Long.class))
                .getSingleResult());
    }

    public static SqlWhere where(SourceFilter filter) {
        SqlWhere where = new SqlWhere();
        if (filter == null) {
            return where;
        }
        return where.matching("s", filter.text, "english")
                .when(filter.kind == null ? null : filter.kind.name(), "s.kind = :kind", "kind")
                .when(filter.stateRun, "s.state_run = :stateRun", "stateRun");
    }

    static Cursor cursorOf(Source source) {
        return new Cursor(CURSOR_KIND, source.id, source.name);
    }

    /** Sources cited by any of the articles, as rows of [articleId, source]; read with the SQL client. */
    public Uni<List<Object[]>> citedBy(List<Long> articleIds) {
        return reads.rowsOfIds(CITED_BY, articleIds, row -> new Object[] { row.getLong("article_id"), sourceOf(row) });
    }
}

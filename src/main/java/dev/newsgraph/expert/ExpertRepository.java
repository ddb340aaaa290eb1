package dev.newsgraph.expert;

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

/** Reads and writes experts. */
@ApplicationScoped
public class ExpertRepository implements PanacheRepository<Expert> {

    static final String CURSOR_KIND = "expert";
    private static final String COLUMNS = "e.id, e.name, e.name_key, e.role, e.affiliation, e.category";
    /** The experts with the ids {@code $1}: {@link #COLUMNS}. Also run by the read path (graphql/readpath). */
    public static final String BY_IDS = "select " + COLUMNS + " from expert e where e.id = any($1)";
    /**
     * The experts quoted by the articles with the ids {@code $1}, by name: the quoting article's id, then
     * {@link #COLUMNS}. Also run by the read path, so both answer an article's experts in the same order.
     */
    public static final String QUOTED_IN = "select q.article_id, " + COLUMNS
            + " from article_expert q join expert e on e.id = q.expert_id where q.article_id = any($1) order by e.name";

    private final ReadSessions reads;

    public ExpertRepository(ReadSessions reads) {
        this.reads = reads;
    }

    public Uni<Expert> findById(long id) {
        return reads.read(s -> s.get(Expert.class, id));
    }

    /** The experts with these ids, in no particular order; read with the SQL client (see ReadSessions#rows). */
    public Uni<List<Expert>> findByIds(List<Long> ids) {
        return reads.rowsOfIds(BY_IDS, ids, ExpertRepository::expertOf);
    }

    /** An expert from a row of {@link #COLUMNS}. */
    static Expert expertOf(Row row) {
        Expert expert = new Expert();
        expert.id = row.getLong("id");
        expert.name = row.getString("name");
        expert.nameKey = row.getString("name_key");
        expert.role = row.getString("role");
        expert.affiliation = row.getString("affiliation");
        expert.category = ExpertCategory.valueOf(row.getString("category"));
        return expert;
    }

    public Uni<List<Expert>> page(SqlWhere where, PageRequest page) {
        SqlWhere keyset = NameKeyset.after(where.copy(), "e", page.after());
        String sql = "select " + COLUMNS + " from expert e" + keyset.sql() + NameKeyset.orderAndLimit("e", page);
        return reads.read(s -> keyset.bind(s.createNativeQuery(sql, Expert.class)).getResultList());
    }

    public Uni<Long> count(SqlWhere where) {
        return reads.read(s -> where.bind(s.createNativeQuery("select count(*) from expert e" + where.sql(), Long.class))
                .getSingleResult());
    }

    public static SqlWhere where(ExpertFilter filter) {
        SqlWhere where = new SqlWhere();
        if (filter == null) {
            return where;
        }
        return where.matching("e", filter.text, "english")
                .when(filter.category == null ? null : filter.category.name(), "e.category = :category", "category")
                .when(filter.affiliation == null ? null : "%" + likeEscaped(filter.affiliation) + "%",
                        "e.affiliation ilike :affiliation", "affiliation");
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Cursor cursorOf(Expert expert) {
        return new Cursor(CURSOR_KIND, expert.id, expert.name);
    }

    /** Experts quoted by any of the articles, as rows of [articleId, expert]; read with the SQL client. */
    public Uni<List<Object[]>> quotedIn(List<Long> articleIds) {
        return reads.rowsOfIds(QUOTED_IN, articleIds, row -> new Object[] { row.getLong("article_id"), expertOf(row) });
    }
}

package dev.newsgraph.agreement;

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

/** Reads and writes agreements and where articles mention them. */
@ApplicationScoped
public class AgreementRepository implements PanacheRepository<Agreement> {

    static final String CURSOR_KIND = "agreement";
    private static final String COLUMNS = "g.id, g.name, g.name_key, g.parties, g.status, g.topics";
    /**
     * The agreements mentioned by the articles with the ids {@code $1}, by name, each pair once: the article's id,
     * then {@link #COLUMNS}. Also run by the read path (graphql/readpath), so both answer in the same order.
     */
    public static final String MENTIONED_IN = "select a.id as article_id, " + COLUMNS + " from article a, agreement g "
            + "where a.id = any($1) and exists (select 1 from agreement_mention m where m.article_id = a.id "
            + "and m.agreement_id = g.id) order by g.name";
    /**
     * Where the agreements with the ids {@code $1} are mentioned, by agreement, article and start: id, agreement_id,
     * article_id, span_start, span_end, span_text. Also run by the read path.
     */
    public static final String MENTIONS_OF = "select m.id, m.agreement_id, m.article_id, m.span_start, m.span_end, "
            + "m.span_text from agreement_mention m where m.agreement_id = any($1) "
            + "order by m.agreement_id, m.article_id, m.span_start";

    private final ReadSessions reads;

    public AgreementRepository(ReadSessions reads) {
        this.reads = reads;
    }

    public Uni<Agreement> findById(long id) {
        return reads.read(s -> s.get(Agreement.class, id));
    }

    public Uni<List<Agreement>> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return reads.read(s -> s.createSelectionQuery("from Agreement where id in :ids", Agreement.class)
                .setParameter("ids", ids).getResultList());
    }

    public Uni<List<Agreement>> page(SqlWhere where, PageRequest page) {
        SqlWhere keyset = NameKeyset.after(where.copy(), "g", page.after());
        String sql = "select " + COLUMNS + " from agreement g" + keyset.sql() + NameKeyset.orderAndLimit("g", page);
        return reads.read(s -> keyset.bind(s.createNativeQuery(sql, Agreement.class)).getResultList());
    }

    public Uni<Long> count(SqlWhere where) {
        return reads.read(s -> where.bind(s.createNativeQuery("select count(*) from agreement g" + where.sql(), Long.class))
                .getSingleResult());
    }

    public static SqlWhere where(AgreementFilter filter) {
        SqlWhere where = new SqlWhere();
        if (filter == null) {
            return where;
        }
        return where.matching("g", filter.text, "english")
                .when(filter.party == null ? null : filter.party.trim(),
                        "exists (select 1 from unnest(g.parties) p where lower(p) = lower(:party))", "party")
                .when(filter.status == null ? null : filter.status.name(), "g.status = :status", "status");
    }

    static Cursor cursorOf(Agreement agreement) {
        return new Cursor(CURSOR_KIND, agreement.id, agreement.name);
    }

    /**
     * Agreements mentioned by any of the articles, as rows of [articleId, agreement], each pair once; read with the
     * SQL client (see ReadSessions#rows).
     */
    public Uni<List<Object[]>> mentionedIn(List<Long> articleIds) {
        return reads.rowsOfIds(MENTIONED_IN, articleIds, row -> new Object[] { row.getLong("article_id"), agreementOf(row) });
    }

    /** Where the agreements are mentioned; read with the SQL client. */
    public Uni<List<AgreementMention>> mentionsOf(List<Long> agreementIds) {
        return reads.rowsOfIds(MENTIONS_OF, agreementIds, AgreementRepository::mentionOf);
    }

    /** An agreement from a row holding {@link #COLUMNS}. */
    private static Agreement agreementOf(Row row) {
        Agreement agreement = new Agreement();
        agreement.id = row.getLong("id");
        agreement.name = row.getString("name");
        agreement.nameKey = row.getString("name_key");
        agreement.parties = new ArrayList<>(Arrays.asList(row.getArrayOfStrings("parties")));
        agreement.status = AgreementStatus.valueOf(row.getString("status"));
        agreement.topics = new ArrayList<>(Arrays.asList(row.getArrayOfStrings("topics")));
        return agreement;
    }

    private static AgreementMention mentionOf(Row row) {
        AgreementMention mention = new AgreementMention();
        mention.id = row.getLong("id");
        mention.agreementId = row.getLong("agreement_id");
        mention.articleId = row.getLong("article_id");
        mention.spanStart = row.getInteger("span_start");
        mention.spanEnd = row.getInteger("span_end");
        mention.spanText = row.getString("span_text");
        return mention;
    }
}

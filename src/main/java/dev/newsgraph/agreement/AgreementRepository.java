package dev.newsgraph.agreement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.persistence.NameKeyset;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.persistence.ReadSessions;
import dev.newsgraph.persistence.SqlWhere;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

/** Reads and writes agreements and where articles mention them. */
@ApplicationScoped
public class AgreementRepository implements PanacheRepository<Agreement> {

    static final String CURSOR_KIND = "agreement";
    private static final String COLUMNS = "g.id, g.name, g.name_key, g.parties, g.status, g.topics";

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

    /** Agreements mentioned by any of the articles, as rows of [articleId, agreement], each pair once. */
    public Uni<List<Object[]>> mentionedIn(List<Long> articleIds) {
        return reads.read(s -> s.createSelectionQuery(
                "select a.id, g from Article a, Agreement g where a.id in :ids and exists "
                        + "(select 1 from AgreementMention m where m.articleId = a.id and m.agreementId = g.id) "
                        + "order by g.name", Object[].class)
                .setParameter("ids", articleIds).getResultList());
    }

    public Uni<List<AgreementMention>> mentionsOf(List<Long> agreementIds) {
        return reads.read(s -> s.createSelectionQuery(
                "from AgreementMention where agreementId in :ids order by agreementId, articleId, spanStart",
                AgreementMention.class).setParameter("ids", agreementIds).getResultList());
    }
}

package dev.newsgraph.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.persistence.ReadSessions;
import dev.newsgraph.persistence.SqlWhere;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Reads and writes claims and their relations. Reads by id and by parent map rows of the reactive SQL client
 * ({@link #claimOf}), the filtered, paged list included (its named parameters made positional by
 * {@link SqlWhere#positional}).
 */
@ApplicationScoped
public class ClaimRepository implements PanacheRepository<Claim> {

    static final String CURSOR_KIND = "claim";
    private static final String COLUMNS = "c.id, c.article_id, c.ordinal, c.text, c.kind, c.stance, c.claimant, "
            + "c.claimant_type, c.expert_id, c.source_id, c.evidence_start, c.evidence_end, c.evidence_text, c.key_terms";

    /**
     * The relations of the claims with the ids {@code $1}, by claim, then other claim: id, claim_id, other_claim_id,
     * relation. Also run by the read path (graphql/readpath).
     */
    public static final String RELATIONS_OF = "select r.id, r.claim_id, r.other_claim_id, r.relation from claim_relation r "
            + "where r.claim_id = any($1) order by r.claim_id, r.other_claim_id";

    private final ReadSessions reads;

    public ClaimRepository(ReadSessions reads) {
        this.reads = reads;
    }

    public Uni<Claim> findById(long id) {
        return findByIds(List.of(id)).map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<List<Claim>> findByIds(List<Long> ids) {
        return reads.rowsOfIds("select " + COLUMNS + " from claim c where c.id = any($1)", ids, ClaimRepository::claimOf);
    }

    public Uni<List<Claim>> page(SqlWhere where, PageRequest page) {
        SqlWhere keyset = page.after() == null ? where
                : where.copy().always("c.id > :afterId", Map.of("afterId", page.after().id()));
        String sql = "select " + COLUMNS + " from claim c" + keyset.sql() + " order by c.id limit " + (page.first() + 1);
        SqlWhere.Positional statement = keyset.positional(sql);
        return reads.rows(statement.sql(), statement.values(), ClaimRepository::claimOf);
    }

    public Uni<Long> count(SqlWhere where) {
        SqlWhere.Positional statement = where.positional("select count(*) from claim c" + where.sql());
        return reads.rows(statement.sql(), statement.values(), row -> row.getLong(0)).map(counts -> counts.get(0));
    }

    public static SqlWhere where(ClaimFilter filter) {
        SqlWhere where = new SqlWhere();
        if (filter == null) {
            return where;
        }
        return where.matching("c", filter.text, "english")
                .when(filter.claimant == null ? null : filter.claimant.trim(), "lower(c.claimant) = lower(:claimant)", "claimant")
                .when(filter.claimantType == null ? null : filter.claimantType.name(), "c.claimant_type = :claimantType", "claimantType")
                .when(Ids.parseOptional("filter.expertId", filter.expertId), "c.expert_id = :expertId", "expertId")
                .when(Ids.parseOptional("filter.sourceId", filter.sourceId), "c.source_id = :sourceId", "sourceId")
                .when(Ids.parseOptional("filter.articleId", filter.articleId), "c.article_id = :articleId", "articleId")
                .when(filter.kind == null ? null : filter.kind.name(), "c.kind = :kind", "kind")
                .when(filter.stance == null ? null : filter.stance.name(), "c.stance = :stance", "stance");
    }

    static Cursor cursorOf(Claim claim) {
        return new Cursor(CURSOR_KIND, claim.id, null);
    }

    /** The claims of the articles, each article's in text order; read with the SQL client (see ReadSessions#rows). */
    public Uni<List<Claim>> ofArticles(List<Long> articleIds) {
        return reads.rowsOfIds("select " + COLUMNS + " from claim c where c.article_id = any($1) order by c.article_id, c.ordinal",
                articleIds, ClaimRepository::claimOf);
    }

    /** A claim from a row of {@link #COLUMNS}. */
    static Claim claimOf(Row row) {
        Claim claim = new Claim();
        claim.id = row.getLong("id");
        claim.articleId = row.getLong("article_id");
        claim.ordinal = row.getInteger("ordinal");
        claim.text = row.getString("text");
        claim.kind = ClaimKind.valueOf(row.getString("kind"));
        claim.stance = Stance.valueOf(row.getString("stance"));
        claim.claimant = row.getString("claimant");
        claim.claimantType = ClaimantType.valueOf(row.getString("claimant_type"));
        claim.expertId = row.getLong("expert_id");
        claim.sourceId = row.getLong("source_id");
        claim.evidenceStart = row.getInteger("evidence_start");
        claim.evidenceEnd = row.getInteger("evidence_end");
        claim.evidenceText = row.getString("evidence_text");
        claim.keyTerms = new ArrayList<>(Arrays.asList(row.getArrayOfStrings("key_terms")));
        return claim;
    }

    public Uni<List<Claim>> ofExperts(List<Long> expertIds) {
        return reads.rowsOfIds("select " + COLUMNS + " from claim c where c.expert_id = any($1) order by c.id",
                expertIds, ClaimRepository::claimOf);
    }

    public Uni<List<Claim>> ofSources(List<Long> sourceIds) {
        return reads.rowsOfIds("select " + COLUMNS + " from claim c where c.source_id = any($1) order by c.id",
                sourceIds, ClaimRepository::claimOf);
    }

    public Uni<List<ClaimRelation>> relationsOf(List<Long> claimIds) {
        return reads.rowsOfIds(RELATIONS_OF, claimIds, ClaimRepository::relationOf);
    }

    private static ClaimRelation relationOf(Row row) {
        ClaimRelation relation = new ClaimRelation(row.getLong("claim_id"), row.getLong("other_claim_id"),
                Relation.valueOf(row.getString("relation")));
        relation.id = row.getLong("id");
        return relation;
    }
}

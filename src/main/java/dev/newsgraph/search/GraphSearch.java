package dev.newsgraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.agreement.AgreementRepository;
import dev.newsgraph.article.ArticleRepository;
import dev.newsgraph.claim.ClaimRepository;
import dev.newsgraph.expert.ExpertRepository;
import dev.newsgraph.graphql.QueryTexts;
import dev.newsgraph.persistence.ReadSessions;
import dev.newsgraph.persistence.SqlWhere;
import dev.newsgraph.source.SourceRepository;
import io.smallrye.mutiny.Uni;

/**
 * Full-text search across articles, claims, experts, sources and agreements, ranked by PostgreSQL's
 * ts_rank over the generated {@code search} columns. One statement ranks every kind; one more per kind
 * present loads the hits.
 */
@ApplicationScoped
public class GraphSearch {

    // The ranking carries kind, id and rank only; the text each snippet is cut from (a whole article body, say)
    // is read for the hits that survive the limit, so the sort never moves thousands of bodies.
    private static final String RANKED = """
            with q as (select websearch_to_tsquery('english', :query) as query)
            select hit.kind, hit.id, hit.rank,
                   ts_headline('english', hit_text.text, q.query, 'MaxFragments=1, MaxWords=30, MinWords=8') as snippet
            from (
                select * from (
                    select 'Article' as kind, a.id, ts_rank(a.search, q.query) as rank
                    from article a, q where a.search @@ q.query
                    union all
                    select 'Claim', c.id, ts_rank(c.search, q.query) from claim c, q where c.search @@ q.query
                    union all
                    select 'Expert', e.id, ts_rank(e.search, q.query) from expert e, q where e.search @@ q.query
                    union all
                    select 'Source', s.id, ts_rank(s.search, q.query) from source s, q where s.search @@ q.query
                    union all
                    select 'Agreement', g.id, ts_rank(g.search, q.query) from agreement g, q where g.search @@ q.query
                ) ranked
                order by rank desc, kind, id
                limit :first
            ) hit
            cross join q
            cross join lateral (
                select a.title || E'\\n' || a.body from article a where hit.kind = 'Article' and a.id = hit.id
                union all
                select c.claimant || ': ' || c.text from claim c where hit.kind = 'Claim' and c.id = hit.id
                union all
                select e.name || coalesce(', ' || e.role, '') || coalesce(', ' || e.affiliation, '')
                from expert e where hit.kind = 'Expert' and e.id = hit.id
                union all
                select s.name || ' ' || newsgraph_words(s.aliases) from source s where hit.kind = 'Source' and s.id = hit.id
                union all
                select g.name || ': ' || newsgraph_words(g.parties) from agreement g where hit.kind = 'Agreement' and g.id = hit.id
            ) hit_text(text)
            order by hit.rank desc, hit.kind, hit.id
            """;

    private final ReadSessions reads;
    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final ExpertRepository experts;
    private final SourceRepository sources;
    private final AgreementRepository agreements;

    public GraphSearch(ReadSessions reads, ArticleRepository articles, ClaimRepository claims, ExpertRepository experts,
            SourceRepository sources, AgreementRepository agreements) {
        this.reads = reads;
        this.articles = articles;
        this.claims = claims;
        this.experts = experts;
        this.sources = sources;
        this.agreements = agreements;
    }

    /** The best {@code first} hits for {@code query}, best first; a query longer than {@link QueryTexts#LONGEST} is refused. */
    public Uni<List<SearchResult>> search(String query, int first) {
        QueryTexts.check("query", query);
        if (query == null || query.isBlank() || first == 0) {
            return Uni.createFrom().item(List.of());
        }
        return reads.read(s -> s.createNativeQuery(RANKED, Object[].class)
                .setParameter("query", SqlWhere.storable(query))
                .setParameter("first", first)
                .getResultList())
                .chain(this::load);
    }

    private Uni<List<SearchResult>> load(List<Object[]> rows) {
        Map<String, List<Long>> idsByKind = new HashMap<>();
        for (Object[] row : rows) {
            idsByKind.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        Map<String, SearchHit> loaded = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var entry : idsByKind.entrySet()) {
            String kind = entry.getKey();
            List<Long> ids = entry.getValue();
            Uni<? extends List<? extends SearchHit>> found = switch (kind) {
                case "Article" -> articles.findByIds(ids);
                case "Claim" -> claims.findByIds(ids);
                case "Expert" -> experts.findByIds(ids);
                case "Source" -> sources.findByIds(ids);
                default -> agreements.findByIds(ids);
            };
            chain = chain.chain(() -> found.invoke(hits -> hits.forEach(hit -> loaded.put(kind + ":" + idOf(hit), hit)))
                    .replaceWithVoid());
        }
        return chain.map(ignored -> {
            List<SearchResult> results = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                SearchHit hit = loaded.get(row[0] + ":" + ((Number) row[1]).longValue());
                if (hit != null) {
                    results.add(new SearchResult(hit, ((Number) row[2]).doubleValue(), (String) row[3]));
                }
            }
            return results;
        });
    }

    private static Long idOf(SearchHit hit) {
        if (hit instanceof dev.newsgraph.article.Article a) {
            return a.id;
        } else if (hit instanceof dev.newsgraph.claim.Claim c) {
            return c.id;
        } else if (hit instanceof dev.newsgraph.expert.Expert e) {
            return e.id;
        } else if (hit instanceof dev.newsgraph.source.Source s) {
            return s.id;
        }
        return ((dev.newsgraph.agreement.Agreement) hit).id;
    }
}

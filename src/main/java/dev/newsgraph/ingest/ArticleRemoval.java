package dev.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Deletes an article with everything extracted from it, then the sources, experts and agreements that no
 * other article refers to. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ArticleRemoval {

    private static final String[] STATEMENTS = {
            // claims, claim relations, citations, quotations and agreement mentions go with the article (on delete cascade)
            "delete from article where id = :id",
            "delete from source s where not exists (select 1 from article_source x where x.source_id = s.id) "
                    + "and not exists (select 1 from article a where a.publisher_id = s.id) "
                    + "and not exists (select 1 from claim c where c.source_id = s.id)",
            "delete from expert e where not exists (select 1 from article_expert x where x.expert_id = e.id) "
                    + "and not exists (select 1 from claim c where c.expert_id = e.id)",
            "delete from agreement g where not exists (select 1 from agreement_mention m where m.agreement_id = g.id)" };

    /** Removes the article; true when there was one. */
    public Uni<Boolean> remove(long articleId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery(STATEMENTS[0]).setParameter("id", articleId).executeUpdate()
                .chain(deleted -> {
                    if (deleted == 0) {
                        return Uni.createFrom().item(false);
                    }
                    Uni<Integer> orphans = session.createNativeQuery(STATEMENTS[1]).executeUpdate();
                    for (int i = 2; i < STATEMENTS.length; i++) {
                        String sql = STATEMENTS[i];
                        orphans = orphans.chain(() -> session.createNativeQuery(sql).executeUpdate());
                    }
                    return orphans.replaceWith(true);
                }));
    }
}

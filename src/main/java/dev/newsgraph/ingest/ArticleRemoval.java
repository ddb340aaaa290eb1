package dev.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Deletes an article with everything extracted from it, then the sources, experts and agreements that no
 * other article refers to. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ArticleRemoval {

    private static final String[] ORPHANS = {
            "delete from source s where not exists (select 1 from article_source x where x.source_id = s.id) "
                    + "and not exists (select 1 from article a where a.publisher_id = s.id) "
                    + "and not exists (select 1 from claim c where c.source_id = s.id)",
            "delete from expert e where not exists (select 1 from article_expert x where x.expert_id = e.id) "
                    + "and not exists (select 1 from claim c where c.expert_id = e.id)",
            "delete from agreement g where not exists (select 1 from agreement_mention m where m.agreement_id = g.id)" };

    /** Removes the article; true when there was one. */
    public Uni<Boolean> remove(SqlConnection connection, long articleId) {
        // claims, claim relations, citations, quotations and agreement mentions go with the article (on delete cascade)
        return connection.preparedQuery("delete from article where id = $1").execute(Tuple.of(articleId))
                .chain(deleted -> {
                    if (deleted.rowCount() == 0) {
                        return Uni.createFrom().item(false);
                    }
                    Uni<Void> orphans = Uni.createFrom().voidItem();
                    for (String sql : ORPHANS) {
                        orphans = orphans.chain(() -> connection.query(sql).execute().replaceWithVoid());
                    }
                    return orphans.replaceWith(true);
                });
    }
}

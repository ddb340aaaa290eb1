package dev.newsgraph.source;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleRepository;
import dev.newsgraph.claim.Claim;
import dev.newsgraph.claim.ClaimRepository;
import dev.newsgraph.persistence.Batches;
import dev.newsgraph.graphql.ErrorMapping;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.Pages;
import dev.newsgraph.persistence.SqlWhere;
import io.smallrye.mutiny.Uni;

/** The source queries and the fields that lead from a source to articles and claims. */
@GraphQLApi
@ErrorMapping.Mapped
public class SourceGraphQLApi {

    private final SourceRepository sources;
    private final ArticleRepository articles;
    private final ClaimRepository claims;

    public SourceGraphQLApi(SourceRepository sources, ArticleRepository articles, ClaimRepository claims) {
        this.sources = sources;
        this.articles = articles;
        this.claims = claims;
    }

    @Query("source")
    @Description("The source with this id, or null when there is none.")
    public Uni<Source> source(@NonNull @Id @Description("The source's id.") String id) {
        return sources.findById(Ids.parse("id", id));
    }

    @Query("sources")
    @Description("Sources ordered by name, as a cursor connection.")
    public Uni<@NonNull SourceConnection> sources(
            @DefaultValue("20") @Description("How many sources to return, 0 to 100.") Integer first,
            @Description("Return the sources after this cursor.") String after,
            @Description("Only sources matching this filter.") SourceFilter filter) {
        PageRequest page = PageRequest.of(SourceRepository.CURSOR_KIND, first, after);
        SqlWhere where = SourceRepository.where(filter);
        return sources.page(where, page).map(rows -> {
            Pages.Slice<SourceConnection.SourceEdge> slice = Pages.slice(rows, page.first(),
                    SourceRepository::cursorOf, SourceConnection.SourceEdge::new);
            return new SourceConnection(slice.edges(), slice.pageInfo(), () -> sources.count(where));
        });
    }

    @Name("totalCount")
    @NonNull
    @Description("How many sources match, across all pages. Computed only when selected.")
    public Uni<Integer> totalCount(@org.eclipse.microprofile.graphql.Source SourceConnection connection) {
        return connection.totalCount.get().map(Long::intValue);
    }

    @Name("articles")
    @Description("Articles that cite or publish this source, newest first.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Article>>> articles(@org.eclipse.microprofile.graphql.Source List<Source> parents) {
        return articles.citingOrPublishing(Batches.keys(parents, s -> s.id))
                .map(rows -> Batches.pairsOf(parents, s -> s.id, rows));
    }

    @Name("claims")
    @Description("Claims reported through this source.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Claim>>> claims(@org.eclipse.microprofile.graphql.Source List<Source> parents) {
        return claims.ofSources(Batches.keys(parents, s -> s.id))
                .map(found -> Batches.childrenOf(parents, s -> s.id, found, c -> c.sourceId));
    }
}

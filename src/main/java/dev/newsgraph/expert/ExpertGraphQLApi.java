package dev.newsgraph.expert;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

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

/** The expert queries and the fields that lead from an expert to articles and claims. */
@GraphQLApi
@ErrorMapping.Mapped
public class ExpertGraphQLApi {

    private final ExpertRepository experts;
    private final ArticleRepository articles;
    private final ClaimRepository claims;

    public ExpertGraphQLApi(ExpertRepository experts, ArticleRepository articles, ClaimRepository claims) {
        this.experts = experts;
        this.articles = articles;
        this.claims = claims;
    }

    @Query("expert")
    @Description("The expert with this id, or null when there is none.")
    public Uni<Expert> expert(@NonNull @Id @Description("The expert's id.") String id) {
        return experts.findById(Ids.parse("id", id));
    }

    @Query("experts")
    @Description("Experts ordered by name, as a cursor connection.")
    public Uni<@NonNull ExpertConnection> experts(
            @DefaultValue("20") @Description("How many experts to return, 0 to 100.") Integer first,
            @Description("Return the experts after this cursor.") String after,
            @Description("Only experts matching this filter.") ExpertFilter filter) {
        PageRequest page = PageRequest.of(ExpertRepository.CURSOR_KIND, first, after);
        SqlWhere where = ExpertRepository.where(filter);
        return experts.page(where, page).map(rows -> {
            Pages.Slice<ExpertConnection.ExpertEdge> slice = Pages.slice(rows, page.first(),
                    ExpertRepository::cursorOf, ExpertConnection.ExpertEdge::new);
            return new ExpertConnection(slice.edges(), slice.pageInfo(), () -> experts.count(where));
        });
    }

    @Name("totalCount")
    @NonNull
    @Description("How many experts match, across all pages. Computed only when selected.")
    public Uni<Integer> totalCount(@Source ExpertConnection connection) {
        return connection.totalCount.get().map(Long::intValue);
    }

    @Name("articles")
    @Description("Articles that quote this expert, newest first.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Article>>> articles(@Source List<Expert> parents) {
        return articles.quoting(Batches.keys(parents, e -> e.id))
                .map(rows -> Batches.pairsOf(parents, e -> e.id, rows));
    }

    @Name("claims")
    @Description("Claims this expert makes, across all articles.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Claim>>> claims(@Source List<Expert> parents) {
        return claims.ofExperts(Batches.keys(parents, e -> e.id))
                .map(found -> Batches.childrenOf(parents, e -> e.id, found, c -> c.expertId));
    }
}

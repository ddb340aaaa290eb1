package dev.newsgraph.claim;

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
import dev.newsgraph.expert.Expert;
import dev.newsgraph.expert.ExpertRepository;
import dev.newsgraph.persistence.Batches;
import dev.newsgraph.graphql.ErrorMapping;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.Pages;
import dev.newsgraph.persistence.SqlWhere;
import dev.newsgraph.source.SourceRepository;
import io.smallrye.mutiny.Uni;

/** The claim queries and the fields that lead from a claim to its claimant, source, article and relations. */
@GraphQLApi
@ErrorMapping.Mapped
public class ClaimGraphQLApi {

    private final ClaimRepository claims;
    private final ExpertRepository experts;
    private final SourceRepository sources;
    private final ArticleRepository articles;

    public ClaimGraphQLApi(ClaimRepository claims, ExpertRepository experts, SourceRepository sources,
            ArticleRepository articles) {
        this.claims = claims;
        this.experts = experts;
        this.sources = sources;
        this.articles = articles;
    }

    @Query("claim")
    @Description("The claim with this id, or null when there is none.")
    public Uni<Claim> claim(@NonNull @Id @Description("The claim's id.") String id) {
        return claims.findById(Ids.parse("id", id));
    }

    @Query("claims")
    @Description("Claims in the order they were stored, as a cursor connection.")
    public Uni<@NonNull ClaimConnection> claims(
            @DefaultValue("20") @Description("How many claims to return, 0 to 100.") Integer first,
            @Description("Return the claims after this cursor.") String after,
            @Description("Only claims matching this filter.") ClaimFilter filter) {
        PageRequest page = PageRequest.of(ClaimRepository.CURSOR_KIND, first, after);
        SqlWhere where = ClaimRepository.where(filter);
        return claims.page(where, page).map(rows -> {
            Pages.Slice<ClaimConnection.ClaimEdge> slice = Pages.slice(rows, page.first(),
                    ClaimRepository::cursorOf, ClaimConnection.ClaimEdge::new);
            return new ClaimConnection(slice.edges(), slice.pageInfo(), () -> claims.count(where));
        });
    }

    @Name("totalCount")
    @NonNull
    @Description("How many claims match, across all pages. Computed only when selected.")
    public Uni<Integer> totalCount(@Source ClaimConnection connection) {
        return connection.totalCount.get().map(Long::intValue);
    }

    @Name("expert")
    @Description("The expert making the claim, when the claimant is a known expert.")
    public Uni<List<Expert>> expert(@Source List<Claim> parents) {
        return experts.findByIds(Batches.keys(parents, c -> c.expertId))
                .map(found -> Batches.referencedBy(parents, c -> c.expertId, found, e -> e.id));
    }

    @Name("source")
    @Description("The cited source through which the claim is reported, if any.")
    public Uni<List<dev.newsgraph.source.Source>> source(@Source List<Claim> parents) {
        return sources.findByIds(Batches.keys(parents, c -> c.sourceId))
                .map(found -> Batches.referencedBy(parents, c -> c.sourceId, found, s -> s.id));
    }

    @Name("article")
    @Description("The article in which the claim is made.")
    @NonNull
    public Uni<List<@NonNull Article>> article(@Source List<Claim> parents) {
        return articles.findByIds(Batches.keys(parents, c -> c.articleId))
                .map(found -> Batches.referencedBy(parents, c -> c.articleId, found, a -> a.id));
    }

    @Name("relations")
    @Description("Claims that agree with this one or that it denies or is denied by, in any article.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull ClaimRelation>>> relations(@Source List<Claim> parents) {
        return claims.relationsOf(Batches.keys(parents, c -> c.id))
                .map(found -> Batches.childrenOf(parents, c -> c.id, found, r -> r.claimId));
    }

    @Name("claim")
    @Description("The other claim.")
    @NonNull
    public Uni<List<@NonNull Claim>> otherClaim(@Source List<ClaimRelation> parents) {
        return claims.findByIds(Batches.keys(parents, r -> r.otherClaimId))
                .map(found -> Batches.referencedBy(parents, r -> r.otherClaimId, found, c -> c.id));
    }
}

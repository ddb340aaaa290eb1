package dev.newsgraph.article;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.agreement.Agreement;
import dev.newsgraph.agreement.AgreementRepository;
import dev.newsgraph.claim.Claim;
import dev.newsgraph.claim.ClaimRepository;
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

/** The article queries and the fields that lead from an article to what was extracted from it. */
@GraphQLApi
@ErrorMapping.Mapped
public class ArticleGraphQLApi {

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final ExpertRepository experts;
    private final ClaimRepository claims;
    private final AgreementRepository agreements;

    public ArticleGraphQLApi(ArticleRepository articles, SourceRepository sources, ExpertRepository experts,
            ClaimRepository claims, AgreementRepository agreements) {
        this.articles = articles;
        this.sources = sources;
        this.experts = experts;
        this.claims = claims;
        this.agreements = agreements;
    }

    @Query("article")
    @Description("The article with this id, or null when there is none.")
    public Uni<Article> article(@NonNull @Id @Description("The article's id.") String id) {
        return articles.findById(Ids.parse("id", id));
    }

    @Query("articles")
    @Description("Articles, newest first (undated last), as a cursor connection.")
    public Uni<@NonNull ArticleConnection> articles(
            @DefaultValue("20") @Description("How many articles to return, 0 to 100.") Integer first,
            @Description("Return the articles after this cursor (an endCursor or edge cursor of this field).") String after,
            @Description("Only articles matching this filter.") ArticleFilter filter) {
        PageRequest page = PageRequest.of(ArticleRepository.CURSOR_KIND, first, after);
        SqlWhere where = ArticleRepository.where(filter);
        return articles.page(where, page).map(rows -> {
            Pages.Slice<ArticleConnection.ArticleEdge> slice = Pages.slice(rows, page.first(),
                    ArticleRepository::cursorOf, ArticleConnection.ArticleEdge::new);
            return new ArticleConnection(slice.edges(), slice.pageInfo(), () -> articles.count(where));
        });
    }

    @Name("totalCount")
    @NonNull
    @Description("How many articles match, across all pages. Computed only when selected.")
    public Uni<Integer> totalCount(@Source ArticleConnection connection) {
        return connection.totalCount.get().map(Long::intValue);
    }

    @Name("publisher")
    @Description("The outlet that published the article, when known.")
    public Uni<List<dev.newsgraph.source.Source>> publisher(@Source List<Article> parents) {
        return sources.findByIds(Batches.keys(parents, a -> a.publisherId))
                .map(found -> Batches.referencedBy(parents, a -> a.publisherId, found, s -> s.id));
    }

    @Name("citedSources")
    @Description("Outlets and agencies the article cites (not its publisher).")
    @NonNull
    public Uni<List<@NonNull List<dev.newsgraph.source.@NonNull Source>>> citedSources(@Source List<Article> parents) {
        return sources.citedBy(Batches.keys(parents, a -> a.id))
                .map(rows -> Batches.pairsOf(parents, a -> a.id, rows));
    }

    @Name("experts")
    @Description("Experts the article quotes or paraphrases.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Expert>>> experts(@Source List<Article> parents) {
        return experts.quotedIn(Batches.keys(parents, a -> a.id))
                .map(rows -> Batches.pairsOf(parents, a -> a.id, rows));
    }

    @Name("claims")
    @Description("Claims made in the article, in the order they appear.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Claim>>> claims(@Source List<Article> parents) {
        return claims.ofArticles(Batches.keys(parents, a -> a.id))
                .map(found -> Batches.childrenOf(parents, a -> a.id, found, c -> c.articleId));
    }

    @Name("agreements")
    @Description("Agreements the article reports.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Agreement>>> agreements(@Source List<Article> parents) {
        return agreements.mentionedIn(Batches.keys(parents, a -> a.id))
                .map(rows -> Batches.pairsOf(parents, a -> a.id, rows));
    }
}

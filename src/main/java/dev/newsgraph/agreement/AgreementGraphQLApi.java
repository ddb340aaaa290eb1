package dev.newsgraph.agreement;

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
import dev.newsgraph.persistence.Batches;
import dev.newsgraph.graphql.ErrorMapping;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.PageRequest;
import dev.newsgraph.graphql.Pages;
import dev.newsgraph.graphql.Span;
import dev.newsgraph.persistence.SqlWhere;
import io.smallrye.mutiny.Uni;

/** The agreement queries and the fields that lead from an agreement to the articles reporting it. */
@GraphQLApi
@ErrorMapping.Mapped
public class AgreementGraphQLApi {

    private final AgreementRepository agreements;
    private final ArticleRepository articles;

    public AgreementGraphQLApi(AgreementRepository agreements, ArticleRepository articles) {
        this.agreements = agreements;
        this.articles = articles;
    }

    @Query("agreement")
    @Description("The agreement with this id, or null when there is none.")
    public Uni<Agreement> agreement(@NonNull @Id @Description("The agreement's id.") String id) {
        return agreements.findById(Ids.parse("id", id));
    }

    @Query("agreements")
    @Description("Agreements ordered by name, as a cursor connection.")
    public Uni<@NonNull AgreementConnection> agreements(
            @DefaultValue("20") @Description("How many agreements to return, 0 to 100.") Integer first,
            @Description("Return the agreements after this cursor.") String after,
            @Description("Only agreements matching this filter.") AgreementFilter filter) {
        PageRequest page = PageRequest.of(AgreementRepository.CURSOR_KIND, first, after);
        SqlWhere where = AgreementRepository.where(filter);
        return agreements.page(where, page).map(rows -> {
            Pages.Slice<AgreementConnection.AgreementEdge> slice = Pages.slice(rows, page.first(),
                    AgreementRepository::cursorOf, AgreementConnection.AgreementEdge::new);
            return new AgreementConnection(slice.edges(), slice.pageInfo(), () -> agreements.count(where));
        });
    }

    @Name("totalCount")
    @NonNull
    @Description("How many agreements match, across all pages. Computed only when selected.")
    public Uni<Integer> totalCount(@Source AgreementConnection connection) {
        return connection.totalCount.get().map(Long::intValue);
    }

    @Name("articles")
    @Description("Articles that report this agreement, newest first.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Article>>> articles(@Source List<Agreement> parents) {
        return articles.mentioning(Batches.keys(parents, g -> g.id))
                .map(rows -> Batches.pairsOf(parents, g -> g.id, rows));
    }

    @Name("evidence")
    @Description("The passages that mention the agreement, each a span of its article's body.")
    @NonNull
    public Uni<List<@NonNull List<@NonNull Span>>> evidence(@Source List<Agreement> parents) {
        return agreements.mentionsOf(Batches.keys(parents, g -> g.id))
                .map(found -> Batches.childrenOf(parents, g -> g.id, found, m -> m.agreementId).stream()
                        .map(mentions -> mentions.stream()
                                .map(m -> new Span(m.spanStart, m.spanEnd, m.spanText)).toList())
                        .toList());
    }
}

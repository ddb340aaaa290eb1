package dev.newsgraph.search;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.graphql.ErrorMapping;
import dev.newsgraph.graphql.PageRequest;
import io.smallrye.mutiny.Uni;

/** Full-text search across every type of the graph. */
@GraphQLApi
@ErrorMapping.Mapped
public class SearchGraphQLApi {

    private final GraphSearch search;

    public SearchGraphQLApi(GraphSearch search) {
        this.search = search;
    }

    @Query("search")
    @NonNull
    @Description("Articles, claims, experts, sources and agreements matching the query, most relevant first. "
            + "Web-search syntax: words, \"quoted phrases\", -excluded words, or.")
    public Uni<List<@NonNull SearchHit>> search(
            @NonNull @Description("What to look for, as typed in a search box; at most 256 characters.") String query,
            @DefaultValue("20") @Description("How many hits to return, 0 to 100.") Integer first) {
        return search.search(query, PageRequest.of("search", first, null).first())
                .map(results -> results.stream().map(SearchResult::hit).toList());
    }

    @Query("searchResults")
    @NonNull
    @Description("Like search, with each hit's relevance rank and a highlighted snippet.")
    public Uni<List<@NonNull SearchResult>> searchResults(
            @NonNull @Description("What to look for, as typed in a search box; at most 256 characters.") String query,
            @DefaultValue("20") @Description("How many hits to return, 0 to 100.") Integer first) {
        return search.search(query, PageRequest.of("search", first, null).first());
    }
}

package dev.newsgraph.article;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.PageInfo;
import io.smallrye.mutiny.Uni;

/** One page of articles. */
@Type("ArticleConnection")
@Description("A page of articles, newest first (undated articles last, then by id descending).")
public class ArticleConnection {

    @NonNull
    @Description("The articles of this page, each with its cursor.")
    public List<@NonNull ArticleEdge> edges;

    @NonNull
    @Description("Whether more pages follow, and the cursor to continue from.")
    public PageInfo pageInfo;

    @Ignore
    public Supplier<Uni<Long>> totalCount;

    public ArticleConnection(List<ArticleEdge> edges, PageInfo pageInfo, Supplier<Uni<Long>> totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    /** An article and its position in the list. */
    @Type("ArticleEdge")
    @Description("An article and its position in the list.")
    public record ArticleEdge(
            @NonNull @Description("Pass as `after` to continue after this article.") String cursor,
            @NonNull @Description("The article.") Article node) {
    }
}

package dev.newsgraph.source;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.PageInfo;
import io.smallrye.mutiny.Uni;

/** One page of sources. */
@Type("SourceConnection")
@Description("A page of sources, by name, then id.")
public class SourceConnection {

    @NonNull
    @Description("The sources of this page, each with its cursor.")
    public List<@NonNull SourceEdge> edges;

    @NonNull
    @Description("Whether more pages follow, and the cursor to continue from.")
    public PageInfo pageInfo;

    @Ignore
    public Supplier<Uni<Long>> totalCount;

    public SourceConnection(List<SourceEdge> edges, PageInfo pageInfo, Supplier<Uni<Long>> totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    /** A source and its position in the list. */
    @Type("SourceEdge")
    @Description("A source and its position in the list.")
    public record SourceEdge(
            @NonNull @Description("Pass as `after` to continue after this source.") String cursor,
            @NonNull @Description("The source.") Source node) {
    }
}

package dev.newsgraph.expert;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.PageInfo;
import io.smallrye.mutiny.Uni;

/** One page of experts. */
@Type("ExpertConnection")
@Description("A page of experts, by name, then id.")
public class ExpertConnection {

    @NonNull
    @Description("The experts of this page, each with its cursor.")
    public List<@NonNull ExpertEdge> edges;

    @NonNull
    @Description("Whether more pages follow, and the cursor to continue from.")
    public PageInfo pageInfo;

    @Ignore
    public Supplier<Uni<Long>> totalCount;

    public ExpertConnection(List<ExpertEdge> edges, PageInfo pageInfo, Supplier<Uni<Long>> totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    /** A expert and its position in the list. */
    @Type("ExpertEdge")
    @Description("A expert and its position in the list.")
    public record ExpertEdge(
            @NonNull @Description("Pass as `after` to continue after this expert.") String cursor,
            @NonNull @Description("The expert.") Expert node) {
    }
}

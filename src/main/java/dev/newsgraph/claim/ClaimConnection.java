package dev.newsgraph.claim;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.PageInfo;
import io.smallrye.mutiny.Uni;

/** One page of claims. */
@Type("ClaimConnection")
@Description("A page of claims, in the order they were stored (by id).")
public class ClaimConnection {

    @NonNull
    @Description("The claims of this page, each with its cursor.")
    public List<@NonNull ClaimEdge> edges;

    @NonNull
    @Description("Whether more pages follow, and the cursor to continue from.")
    public PageInfo pageInfo;

    @Ignore
    public Supplier<Uni<Long>> totalCount;

    public ClaimConnection(List<ClaimEdge> edges, PageInfo pageInfo, Supplier<Uni<Long>> totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    /** A claim and its position in the list. */
    @Type("ClaimEdge")
    @Description("A claim and its position in the list.")
    public record ClaimEdge(
            @NonNull @Description("Pass as `after` to continue after this claim.") String cursor,
            @NonNull @Description("The claim.") Claim node) {
    }
}

package dev.newsgraph.agreement;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.graphql.PageInfo;
import io.smallrye.mutiny.Uni;

/** One page of agreements. */
@Type("AgreementConnection")
@Description("A page of agreements, by name, then id.")
public class AgreementConnection {

    @NonNull
    @Description("The agreements of this page, each with its cursor.")
    public List<@NonNull AgreementEdge> edges;

    @NonNull
    @Description("Whether more pages follow, and the cursor to continue from.")
    public PageInfo pageInfo;

    @Ignore
    public Supplier<Uni<Long>> totalCount;

    public AgreementConnection(List<AgreementEdge> edges, PageInfo pageInfo, Supplier<Uni<Long>> totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    /** A agreement and its position in the list. */
    @Type("AgreementEdge")
    @Description("A agreement and its position in the list.")
    public record AgreementEdge(
            @NonNull @Description("Pass as `after` to continue after this agreement.") String cursor,
            @NonNull @Description("The agreement.") Agreement node) {
    }
}

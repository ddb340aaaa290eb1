package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Where a page of a connection ends. */
@Type("PageInfo")
@Description("Where a page of a connection ends (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when more items follow this page.") boolean hasNextPage,
        @Description("Cursor of the last edge of this page; pass it as `after` to get the next page. Null on an empty page.") String endCursor) {
}

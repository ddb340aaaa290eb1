package dev.newsgraph.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A search hit with its relevance and a highlighted excerpt. */
@Type("SearchResult")
@Description("A search hit with its relevance and a highlighted excerpt.")
public record SearchResult(
        @NonNull @Description("What was found.") SearchHit hit,
        @NonNull @Description("PostgreSQL ts_rank relevance; higher is better. Comparable within one search only.") double rank,
        @NonNull @Description("Excerpt of the matching text with matched words wrapped in <b>…</b>.") String snippet) {
}

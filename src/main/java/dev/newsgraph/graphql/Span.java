package dev.newsgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A half-open range of an article body, with the text it covers. */
@Type("Span")
@Description("A range [start, end) of character offsets into Article.body, with the text it covers.")
public record Span(
        @NonNull @Description("Offset of the first character (0-based, UTF-16 code units as in JavaScript strings).") int start,
        @NonNull @Description("Offset just past the last character.") int end,
        @NonNull @Description("The body text between start and end.") String text) {
}

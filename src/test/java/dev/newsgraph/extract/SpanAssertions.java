package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The invariant every extracted span keeps: its offsets cut exactly its text out of the cleaned body. */
final class SpanAssertions {

    private SpanAssertions() {
    }

    static void assertSpansPointInto(String body, List<TextSpan> spans) {
        for (TextSpan span : spans) {
            assertThat(body.substring(span.start(), span.end())).as("span %s", span).isEqualTo(span.text());
        }
    }
}

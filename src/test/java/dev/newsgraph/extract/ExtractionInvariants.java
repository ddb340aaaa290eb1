package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** What every extraction must satisfy whatever the input: spans that cut their text out of the body, and determinism. */
final class ExtractionInvariants {

    private ExtractionInvariants() {
    }

    /** Every span of the article, whichever fact it belongs to. */
    static List<TextSpan> allSpans(ExtractedArticle a) {
        List<TextSpan> spans = new ArrayList<>();
        a.sources().forEach(s -> spans.addAll(s.mentions()));
        a.experts().forEach(e -> spans.addAll(e.mentions()));
        a.claims().forEach(c -> spans.add(c.evidence()));
        a.agreements().forEach(g -> spans.addAll(g.evidence()));
        return spans;
    }

    /** Spans lie inside the body and their text is the body at those offsets; claim links point at claims. */
    static void assertWellFormed(ExtractedArticle a) {
        String body = a.body();
        for (TextSpan span : allSpans(a)) {
            assertThat(span.start()).as("span %s", span).isBetween(0, body.length());
            assertThat(span.end()).as("span %s", span).isBetween(span.start(), body.length());
        }
        SpanAssertions.assertSpansPointInto(body, allSpans(a));
        for (ExtractedClaim c : a.claims()) {
            assertThat(c.respondsTo()).allSatisfy(i -> assertThat(i).isBetween(0, a.claims().size() - 1));
        }
    }

    /**
     * Extracts twice (and once more with a second extractor) and checks the results are equal, or that every
     * attempt refused the input with {@link UnreadableTextException}. Returns the result, or null if refused.
     */
    static ExtractedArticle extractDeterministically(ArticleExtractor extractor, String input) {
        ExtractedArticle first = extractOrNull(extractor, input);
        ExtractedArticle second = extractOrNull(extractor, input);
        ExtractedArticle third = extractOrNull(new ArticleExtractor(), input);
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        return first;
    }

    /** The extraction, or null when the input is refused with the declared exception; anything else fails. */
    static ExtractedArticle extractOrNull(ArticleExtractor extractor, String input) {
        try {
            return extractor.extract(input);
        } catch (UnreadableTextException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return null;
        }
    }
}

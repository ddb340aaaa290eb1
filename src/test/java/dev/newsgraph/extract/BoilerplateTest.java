package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page furniture is dropped from the body and never yields facts. */
class BoilerplateTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String PAGE = """
            Port workers strike over new shift rules
            By Marta Lindqvist

            Dock workers in the harbour walked out on Tuesday over new shift rules, union officials said.

            See also: Harbour authority says Reuters reported profits fell
            You may also like
            Source Link
            Share this article
            This website uses cookies to improve your experience.
            (rmr/rml)

            "We will not accept twelve-hour shifts," said Elin Sand, a spokeswoman for the dockers' union.
            """;

    @Test
    void furnitureLinesAreDroppedFromTheBody() {
        ExtractedArticle a = extractor.extract(PAGE);
        assertThat(a.body())
                .doesNotContain("See also", "You may also like", "Source Link", "Share this article", "uses cookies",
                        "(rmr/rml)")
                .contains("Dock workers in the harbour walked out", "We will not accept twelve-hour shifts");
    }

    @Test
    void droppedLinesNeverYieldFacts() {
        ExtractedArticle a = extractor.extract(PAGE);
        assertThat(a.sources()).extracting(ExtractedSource::name).doesNotContain("Reuters");
        assertThat(a.claims()).extracting(ExtractedClaim::text).noneMatch(t -> t.contains("profits fell"));
        assertThat(a.claims()).extracting(ExtractedClaim::text).contains("We will not accept twelve-hour shifts");
    }
}

package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** HTML pages: the article block is found by its structure, and the page's own metadata names it. */
class HtmlPageTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String STORY = """
            <p>Ferry services across the northern islands were cancelled on Monday after a storm brought down power
            lines, leaving hundreds of travellers stranded at the harbour, the operator said.</p>
            <p>Engineers worked through the night to restore electricity to the terminal, and the first crossings are
            expected to resume on Tuesday morning, weather permitting, according to the regional council.</p>
            <p>"We have never seen gusts like this in October," said Ingrid Solberg, the harbour master, who has worked
            at the port for twenty years.</p>
            """;

    private static String page(String head, String inside) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>"
                + "<header class=\"site-header\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></header>"
                + "<div class=\"layout\">" + inside + "</div>"
                + "<footer><p>Copyright 2024 Island Courier Media. All rights reserved.</p></footer></body></html>";
    }

    @Test
    void articleBlockWinsOverMenusTeasersAndFooter() {
        String html = page("<title>Storm halts ferries | Island Courier</title>", """
                <ul class="menu"><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li></ul>
                <article><h1>Storm halts ferries</h1><div class="story-body">""" + STORY + """
                </div></article>
                <div class="teasers"><a href="/x">Council approves new bus routes for the winter timetable</a>
                <a href="/y">Fishing quotas cut again as stocks fall for a third year running</a></div>
                """);
        ExtractedArticle a = extractor.extract(html);
        assertThat(a.body()).startsWith("Ferry services across the northern islands")
                .endsWith("who has worked at the port for twenty years.")
                .doesNotContain("Politics", "Council approves", "Copyright", "Home");
    }

    @Test
    void headlineIsTheTitleNotPartOfTheBody() {
        String html = page("<title>Storm halts ferries | Island Courier</title>",
                "<article><h1>Storm halts ferries</h1>" + STORY + "</article>");
        ExtractedArticle a = extractor.extract(html);
        assertThat(a.title()).isEqualTo("Storm halts ferries");
        assertThat(a.body()).doesNotContain("Storm halts ferries");
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        ExtractedArticle a = extractor.extract(page("", "<article>" + STORY + "</article>"));
        assertThat(a.body().split("\n\n")).hasSize(3);
    }

    @Test
    void shareBarsCaptionsAndRelatedBlocksInsideTheArticleAreDropped() {
        String html = page("", """
                <article><div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
                <figure><img src="f.jpg"><figcaption>Passengers wait at the terminal. Photo: Lars Moe</figcaption></figure>
                """ + STORY + """
                <aside class="related"><h3>Related</h3><a href="/z">Bridge repairs to start in spring</a></aside>
                <div class="newsletter-signup">Get the morning briefing in your inbox every day.</div>
                </article>""");
        ExtractedArticle a = extractor.extract(html);
        assertThat(a.body()).doesNotContain("Share on Facebook", "Passengers wait", "Bridge repairs", "morning briefing")
                .contains("Engineers worked through the night");
    }

    @Test
    void aBlockThatIsMostlyLinksIsFurnitureEvenInsideTheStory() {
        String html = page("", "<div class=\"entry-content\">" + STORY
                + "<div><a href=\"/1\">Harbour</a>, <a href=\"/2\">Weather</a>, <a href=\"/3\">Ferries</a></div></div>");
        assertThat(extractor.extract(html).body()).doesNotContain("Harbour,").contains("Ingrid Solberg");
    }

    @Test
    void openGraphAndJsonLdGiveTitlePublisherAuthorAndDate() {
        String head = """
                <title>Storm halts ferries - Island Courier</title>
                <meta property="og:site_name" content="Island Courier">
                <meta property="og:title" content="Storm halts ferries across the north">
                <meta property="article:published_time" content="2024-10-14T08:30:00Z">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm halts ferries",
                "author":{"@type":"Person","name":"Maren Dahl"},"publisher":{"@type":"Organization","name":"Courier Group"}}
                </script>""";
        ExtractedArticle a = extractor.extract(page(head, "<article>" + STORY + "</article>"));
        assertThat(a.title()).isEqualTo("Storm halts ferries across the north");
        assertThat(a.publisher()).isEqualTo("Island Courier");
        assertThat(a.author()).isEqualTo("Maren Dahl");
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2024, 10, 14));
    }

    @Test
    void jsonLdAloneNamesThePublisherAndAProfileUrlIsNoAuthor() {
        String head = """
                <meta name="author" content="https://example.org/staff/maren-dahl">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-02",
                "author":[{"@type":"Person","name":"Per Holm"}],"publisher":{"name":"Fjord Post"}}</script>""";
        ExtractedArticle a = extractor.extract(page(head, "<article>" + STORY + "</article>"));
        assertThat(a.publisher()).isEqualTo("Fjord Post");
        assertThat(a.author()).isEqualTo("Per Holm");
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2023, 5, 2));
    }

    @Test
    void anAddressInTheSiteNameIsNoPublisher() {
        String head = """
                <meta property="og:site_name" content="https://www.islandcourier.example">
                <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Island Courier"}}</script>""";
        assertThat(extractor.extract(page(head, "<article>" + STORY + "</article>")).publisher())
                .isEqualTo("Island Courier");
    }

    @Test
    void siteNameIsCutFromTheDocumentTitle() {
        assertThat(MetadataReader.withoutSiteName("Storm halts ferries | Island Courier", "Island Courier"))
                .isEqualTo("Storm halts ferries");
        assertThat(MetadataReader.withoutSiteName("Island Courier: Storm halts ferries", "Island Courier"))
                .isEqualTo("Storm halts ferries");
        assertThat(MetadataReader.withoutSiteName("Storm - the aftermath", "Island Courier"))
                .isEqualTo("Storm - the aftermath");
    }

    @Test
    void aCopyrightLineIsNeverThePublisher() {
        ExtractedArticle a = extractor.extract(page("<title>Storm halts ferries</title>",
                "<article>" + STORY + "</article>"));
        assertThat(a.publisher()).isNull();
    }

    @Test
    void storySplitOverSiblingBlocksIsKeptWhole() {
        String html = page("", "<div class=\"col\"><div class=\"story-part\">" + STORY + "</div>"
                + "<div class=\"ad-slot\">Advertisement</div><div class=\"story-part\"><p>The operator apologised to"
                + " passengers and said refunds would be paid automatically within ten working days of the"
                + " cancellation.</p><p>Local hotels offered reduced rates to stranded travellers, the tourist office"
                + " said in a statement on Monday evening.</p></div></div>");
        assertThat(extractor.extract(html).body()).contains("Ferry services", "refunds would be paid",
                "Local hotels offered").doesNotContain("Advertisement");
    }
}

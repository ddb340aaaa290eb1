package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scraped-text pages: the story is the run of prose lines between the headline and the end of the story. */
class TextCleaningTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String STORY = """
            The city council voted on Thursday to close the old river bridge to cars from next spring, ending months of debate.

            Engineers found cracks in two of the bridge's supports last year, and repairs would cost more than a new crossing, the council said.

            "We cannot keep patching a structure that was built for horses," said Ada Brennan, who chairs the transport committee.

            Cyclists and pedestrians will still be allowed to use the bridge.
            """;

    /** One block per line with blank lines between, as a scraper writes a page. */
    private static String page(String... blocks) {
        return String.join("\n\n", blocks);
    }

    private static String lines(String... items) {
        return String.join("\n\n", items);
    }

    @Test
    void navigationAboveAndTeasersBelowAreNotTheStory() {
        String text = page("River bridge to close to cars - Valley Gazette",
                lines("Home", "News", "Sport", "Business", "Opinion", "Weather", "Contact us"),
                "River bridge to close to cars", "By Tom Reilly", STORY,
                lines("Most read", "Schools reopen after floods", "Mayor opens new library", "Ferry timetable changes",
                        "Market traders protest rent rise"),
                "Valley Gazette, 12 Quay Street");
        ExtractedArticle a = extractor.extract(text);
        assertThat(a.body()).startsWith("The city council voted on Thursday")
                .endsWith("Cyclists and pedestrians will still be allowed to use the bridge.")
                .doesNotContain("Contact us", "Most read", "Mayor opens", "Quay Street", "By Tom Reilly");
        assertThat(a.title()).isEqualTo("River bridge to close to cars");
    }

    @Test
    void theHeadlinePrintedUnderTheDocumentTitleIsTheTitle() {
        String text = page("Opinion | The bridge plan is a mistake - Valley Gazette Skip to main content",
                lines("Home", "Opinion", "Letters"), "Continue reading the main story", "The bridge plan is a mistake",
                STORY);
        ExtractedArticle a = extractor.extract(text);
        assertThat(a.title()).isEqualTo("The bridge plan is a mistake");
    }

    @Test
    void aReadersCommentThreadAfterTheStoryIsCutOff() {
        String text = page("River bridge to close to cars - Valley Gazette", "River bridge to close to cars", STORY,
                "Comments", "jdoe says:",
                "About time too, this bridge has been falling apart for years and everyone in town knows it.",
                "Mary on May 3, 2019 at 4:47 pm said:",
                "I disagree, the council should have found the money to repair it properly instead of closing it.");
        assertThat(extractor.extract(text).body()).doesNotContain("About time too", "I disagree", "says:")
                .contains("Cyclists and pedestrians");
    }

    @Test
    void aListIntroducedByAColonBelongsToTheStory() {
        String text = page("Bridge to close", STORY, "The bridge will close in three stages, the council said:",
                lines("March - north footpath", "April - main deck", "May - south ramp"),
                lines("Weather", "Sport", "Jobs", "Contact us"));
        assertThat(extractor.extract(text).body()).contains("March - north footpath", "May - south ramp")
                .doesNotContain("Contact us");
    }

    @Test
    void aReporterIntroducingAStatementIsNotACommentHeader() {
        String text = page("Bridge to close", STORY, "In a statement, the ministry said:",
                "The ministry supports the council's decision and will fund a new crossing for cars by 2027.");
        assertThat(extractor.extract(text).body()).contains("will fund a new crossing");
    }

    @Test
    void theStoryUnderTheHeadlineWinsOverTeaserProseElsewhere() {
        String text = page("River bridge to close to cars | Valley Gazette",
                "Council budget: what the new spending plan means for residents and businesses in the valley.",
                "Read the full analysis of every line of the budget by our reporters.",
                lines("Home", "News", "Sport", "Business"),
                "River bridge to close to cars", STORY);
        assertThat(extractor.extract(text).body()).startsWith("The city council voted").doesNotContain("budget");
    }

    @Test
    void linesPrintedTwiceOnThePageAreNavigation() {
        String menu = lines("Local councils publish their spending records for the year ahead.", "Weather", "Sport");
        String text = page("River bridge to close to cars", menu, STORY, menu);
        assertThat(extractor.extract(text).body()).doesNotContain("spending records").contains("Ada Brennan");
    }

    @Test
    void shortSentencesAndSubheadingsInsideTheStoryAreKept() {
        String text = page("Bridge to close", STORY.replace("Cyclists and pedestrians",
                "What happens next\n\nWork starts in March.\n\nCyclists and pedestrians"));
        assertThat(extractor.extract(text).body()).contains("What happens next", "Work starts in March.",
                "Cyclists and pedestrians");
    }

    @Test
    void aHardWrappedParagraphIsOneStory() {
        String text = """
                Bridge to close

                The city council voted on Thursday to close the old river bridge to cars from next
                spring, ending months of debate over the future of the crossing and its supports,
                which engineers say are cracked.
                """;
        assertThat(extractor.extract(text).body()).contains("The city council voted", "which engineers say are cracked.");
    }

    @Test
    void aSentenceThatStartsLikeAHeadingIsNotOne() {
        assertThat(PageCleaner.isTailMarker("Related stories")).isTrue();
        assertThat(PageCleaner.isTailMarker("Comments (12)")).isTrue();
        assertThat(PageCleaner.isTailMarker("Read more about the plan on the council website.")).isFalse();
        assertThat(PageCleaner.isTailMarker("Comments on the plan closed on Friday.")).isFalse();
    }

    @Test
    void photoCaptionsAndCreditsAreFurniture() {
        PageCleaner cleaner = new PageCleaner(Lexicon.get());
        for (String line : List.of("Image caption The bridge was built in 1874",
                "Ada Brennan at the council meeting on Thursday. (AP Photo/Jane Roe)",
                "The old bridge at dusk. | Getty Images", "Photo: Lars Moe", "Image 2 of 5",
                "Follow us on Twitter", "Publish date:")) {
            assertThat(cleaner.isBoilerplate(line)).as(line).isTrue();
        }
        for (String line : List.of("Photographers gathered on the bridge as the last cars crossed it.",
                "Two of the five engineers said the bridge could be saved.")) {
            assertThat(cleaner.isBoilerplate(line)).as(line).isFalse();
        }
    }

    @Test
    void sentencesWithoutSpacesWeighAsMuchAsSpacedOnes() {
        assertThat(PageCleaner.textUnits("市议会周四投票决定从明年春天起禁止汽车通行旧河桥结束了数月的争论")).isGreaterThanOrEqualTo(6);
        assertThat(PageCleaner.textUnits("The council voted to close the bridge.")).isEqualTo(7);
    }

    @Test
    void aCopyrightLineIsNeverThePublisher() {
        String text = page("Bridge to close", STORY, "© 2019 Valley Media Holdings. All rights reserved.");
        assertThat(extractor.extract(text).publisher()).isNull();
    }

    @Test
    void everyBlockOfTheBodyComesFromThePage() {
        String text = page("River bridge to close to cars - Valley Gazette", lines("Home", "News"),
                "River bridge to close to cars", STORY, lines("Most read", "Mayor opens new library"));
        ExtractedArticle a = extractor.extract(text);
        List<String> missing = new ArrayList<>();
        for (String block : a.body().split("\n\n")) {
            if (!text.contains(block)) {
                missing.add(block);
            }
        }
        assertThat(missing).isEmpty();
    }
}

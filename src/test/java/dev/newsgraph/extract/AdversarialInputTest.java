package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a naive extractor hang or blow up (regex backtracking, quadratic scans). Each must
 * finish; the time bound is a hang guard on a shared machine, not a performance target (see the JMH benchmark).
 */
class AdversarialInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final int ONE_MB = 1_000_000;

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extractWithinGuard(String input) {
        ExtractedArticle a = assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract(input));
        ExtractionInvariants.assertWellFormed(a);
        return a;
    }

    @Test
    void oneMegabyteWithoutASentenceEndFinishes() {
        ExtractedArticle a = extractWithinGuard(AdversarialTexts.noSentenceEnds(ONE_MB));
        assertThat(a.body().length()).isGreaterThan(ONE_MB / 2);
    }

    @Test
    void thousandsOfUnbalancedQuotesFinish() {
        String page = AdversarialTexts.unbalancedQuotes(ONE_MB);
        assertThat(page.chars().filter(c -> c == '“').count()).isGreaterThan(10_000);
        extractWithinGuard(page);
    }

    @Test
    void longCapitalisedRunsFinish() {
        extractWithinGuard(AdversarialTexts.capitalisedRuns(ONE_MB));
    }

    @Test
    void oneWordAMegabyteLongFinishes() {
        extractWithinGuard(AdversarialTexts.repeat("A", ONE_MB));
    }

    @Test
    void deeplyNestedHtmlFinishes() {
        String html = "<html><body>" + "<div>".repeat(50_000)
                + "<p>Ana Ruiz, a professor of law at Lima University, said the port deal would collapse by June.</p>"
                + "</div>".repeat(50_000) + "</body></html>";
        ExtractedArticle a = extractWithinGuard(html);
        assertThat(a.body()).contains("port deal would collapse");
    }

    @Test
    void inputBeyondTheCapIsCutAndStillRead() {
        String claim = "Ana Ruiz, a professor at Lima University, said “the talks will go on for weeks and weeks.”\n\n";
        String filler = "the harbour stayed quiet all night and the cranes did not move. ";
        String page = AdversarialTexts.repeat(claim + filler.repeat(200) + "\n\n", ArticleExtractor.MAX_INPUT_CHARS + ONE_MB);
        ExtractedArticle a = extractWithinGuard(page);
        assertThat(a.body().length()).isLessThanOrEqualTo(ArticleExtractor.MAX_INPUT_CHARS);
        assertThat(a.claims()).isNotEmpty().allMatch(c -> "Ana Ruiz".equals(c.claimant()));
    }

    @Test
    void emptyAndBlankInputIsRefused() {
        for (String blank : new String[] {"", "   ", "\n\n\t", "\u00a0\u00a0"}) {
            assertThatThrownBy(() -> extractor.extract(blank)).isInstanceOf(UnreadableTextException.class);
        }
        assertThatThrownBy(() -> extractor.extract(null)).isInstanceOf(UnreadableTextException.class);
    }

    @Test
    void binaryDataIsRefused() {
        byte[] bytes = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(bytes);
        String binary = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract(binary)))
                .isInstanceOf(UnreadableTextException.class);
    }

    @Test
    void punctuationOnlyIsRefused() {
        assertThatThrownBy(() -> extractor.extract(AdversarialTexts.repeat(". , ; “ ” ! ? ", ONE_MB).substring(AdversarialTexts.TITLE.length())))
                .isInstanceOf(UnreadableTextException.class);
    }
}

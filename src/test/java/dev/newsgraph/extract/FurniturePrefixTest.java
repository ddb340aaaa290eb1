package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The prefix check before each furniture regex only turns away lines the regex would not match. */
class FurniturePrefixTest {

    @Test
    void aGroupOfWordsGivesEachWordAsAPrefix() {
        assertThat(Lexicon.requiredPrefixes("(image|media|photo) (caption|credit)s?\\b.*"))
                .containsExactly("image", "media", "photo");
    }

    @Test
    void aLetterMadeOptionalEndsThePrefixBeforeIt() {
        assertThat(Lexicon.requiredPrefixes("(posted|shares?|comments?):?")).containsExactly("posted", "share", "comment");
        assertThat(Lexicon.requiredPrefixes("tags?:.*")).containsExactly("tag");
        assertThat(Lexicon.requiredPrefixes("see also\\b.*")).containsExactly("see also");
    }

    @Test
    void noPrefixWhenTheStartIsNotPlain() {
        assertThat(Lexicon.requiredPrefixes("(image|photo)? credit")).isEmpty();
        assertThat(Lexicon.requiredPrefixes("(©|\\(c\\)|copyright) .*")).isEmpty();
        assertThat(Lexicon.requiredPrefixes("share|tweet")).isEmpty();
        assertThat(Lexicon.requiredPrefixes(".{0,300}[(|/—–-] ?reuters\\)?\\.?")).isEmpty();
        assertThat(Lexicon.requiredPrefixes("\\d+ comments?")).isEmpty();
        assertThat(Lexicon.requiredPrefixes("(?:share|tweet) this")).isEmpty();
    }

    @Test
    void everyFurniturePatternAgreesWithItsRegexOnLinesOfBothKinds() {
        List<String> lines = List.of("Image caption: a harbour crane at dusk", "Photo credit: Jane Roe",
                "Share this article", "Shares", "Comments (12)", "Comment", "Posted in World", "Tags: trade, ports",
                "Ads", "Advertisement", "Sponsored", "Follow us on Twitter", "Follow Jane Roe on Instagram",
                "Read more: port strike spreads", "Related stories", "Latest news", "Skip to main content",
                "© 2019 Daily Courier", "(rmr/rml)", "Image 3 of 12", "Previous article", "Subscribe to our newsletter",
                "Sign up for our daily newsletter", "Click here to read", "This website uses cookies to help you.",
                "Dock workers walked out on Tuesday, union officials said.", "The share price fell 3 percent.",
                "Photographers gathered at the dock.", "Medianet reported the strike.", "By Marta Lindqvist",
                "Harbour cranes stand idle (AP Photo/Jane Roe)", "Video: the strike in two minutes", "");
        for (Lexicon.BoilerplatePattern p : Lexicon.get().boilerplate) {
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                boolean byRegex = lower.contains(p.hint()) && p.pattern().matcher(lower).matches();
                assertThat(p.matches(lower)).as("%s on \"%s\"", p.pattern(), line).isEqualTo(byRegex);
            }
        }
    }
}

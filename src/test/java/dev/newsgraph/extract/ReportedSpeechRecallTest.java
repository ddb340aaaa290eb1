package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reported speech in the less common layouts of real news: modified group speakers after the content, verbs with
 * a listener before "that", appeals, and nouns of saying. Sentences written for these tests.
 */
class ReportedSpeechRecallTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedClaim> claimsOf(String body) {
        return extractor.extract("Harbour town weighs a new bridge\n\nThe council met on Monday.\n\n" + body).claims();
    }

    private static ExtractedClaim with(List<ExtractedClaim> claims, String textPart) {
        return claims.stream().filter(c -> c.text().contains(textPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + textPart + "' among " + claims));
    }

    @Test
    void modifiedGroupAfterTheContent() {
        ExtractedClaim c = with(claimsOf("The ferry will stop running in winter, port officials said."), "ferry will stop");
        assertThat(c.text()).isEqualTo("The ferry will stop running in winter");
        assertThat(c.claimant()).contains("officials");
        assertThat(c.evidence().text()).contains(c.text());
        ExtractedClaim experts = with(claimsOf("Repairs of that kind rarely finish on time, independent engineers say."),
                "Repairs of that kind");
        assertThat(experts.claimant()).contains("engineers");
    }

    @Test
    void modifierWithoutCommaIsNoSpeakerPhrase() {
        // the words before the group are a clause of their own here, so they are not what the group said
        assertThat(claimsOf("The mayor who won easily officials said nothing about it.").stream()
                .map(ExtractedClaim::text)).noneMatch(t -> t.contains("The mayor who won"));
    }
}

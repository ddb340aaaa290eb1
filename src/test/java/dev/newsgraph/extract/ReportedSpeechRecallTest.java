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

    @Test
    void progressiveVerbOfSaying() {
        ExtractedClaim urging = with(claimsOf("Ana Ruiz is urging voters to reject the plan for the harbour bridge."),
                "reject the plan");
        assertThat(urging.claimant()).isEqualTo("Ana Ruiz");
        assertThat(urging.text()).isEqualTo("voters to reject the plan for the harbour bridge");
        ExtractedClaim arguing = with(claimsOf("Council members have been arguing that the bridge will cost twice as much."),
                "bridge will cost");
        assertThat(arguing.text()).isEqualTo("the bridge will cost twice as much");
        ExtractedClaim callingFor = with(claimsOf("Petra Holm is calling for a public vote on the harbour bridge."),
                "public vote");
        assertThat(callingFor.claimant()).isEqualTo("Petra Holm");
    }

    @Test
    void progressiveOfARaceIsNoSpeech() {
        List<ExtractedClaim> claims = claimsOf("Ana Ruiz, who is challenging the mayor in the spring election, opened an office.");
        assertThat(claims).noneMatch(c -> c.text().contains("the mayor in the spring election"));
        assertThat(claimsOf("Petra Holm is seeking a third term on the harbour board.")).isEmpty();
    }
}

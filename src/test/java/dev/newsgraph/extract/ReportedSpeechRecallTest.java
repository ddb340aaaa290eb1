package dev.newsgraph.extract;

import static dev.newsgraph.extract.Claims.with;
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

    @Test
    void listenerBetweenVerbAndThat() {
        ExtractedClaim c = with(claimsOf("Ana Ruiz complained to reporters that the bridge plan had been rushed through."),
                "bridge plan had been rushed");
        assertThat(c.claimant()).isEqualTo("Ana Ruiz");
        assertThat(c.text()).isEqualTo("the bridge plan had been rushed through");
        ExtractedClaim office = with(claimsOf("The harbour trust reported to the tax office that its income had doubled."),
                "income had doubled");
        assertThat(office.text()).isEqualTo("its income had doubled");
    }

    @Test
    void verbWithToAndNoThatClauseIsNoSpeech() {
        assertThat(claimsOf("Petra Holm reported to the harbour office on Monday morning.")).isEmpty();
        // "that" opens a relative clause about the listener, not what was said
        assertThat(claimsOf("The delay adds to the trouble that has dogged the bridge for years.")).isEmpty();
    }

    @Test
    void verbsOfBoastingAndShouting() {
        ExtractedClaim boasted = with(claimsOf("Ana Ruiz boasted that the bridge would open a year early."), "open a year early");
        assertThat(boasted.claimant()).isEqualTo("Ana Ruiz");
        ExtractedClaim speculated = with(claimsOf("Petra Holm speculated that the council would drop the plan."),
                "council would drop");
        assertThat(speculated.text()).isEqualTo("the council would drop the plan");
    }

    @Test
    void participleOfPromiseWithInfinitive() {
        ExtractedClaim vowing = with(claimsOf("Ana Ruiz opened her campaign on Monday, vowing to cut ferry fares by half."),
                "cut ferry fares");
        assertThat(vowing.claimant()).isEqualTo("Ana Ruiz");
        assertThat(vowing.text()).isEqualTo("to cut ferry fares by half");
        ExtractedClaim pledging = with(claimsOf("Petra Holm is pledging to rebuild the old pier before the summer."),
                "rebuild the old pier");
        assertThat(pledging.claimant()).isEqualTo("Petra Holm");
    }

    @Test
    void nounOfSayingWithItsOwner() {
        ExtractedClaim claim = with(claimsOf("Ana Ruiz repeated her claim that the harbour fees had doubled since May."),
                "harbour fees had doubled");
        assertThat(claim.claimant()).isEqualTo("Ana Ruiz");
        assertThat(claim.text()).isEqualTo("the harbour fees had doubled since May");
        ExtractedClaim promise = with(claimsOf("Petra Holm's promise to cut ferry fares by half won her the seat."),
                "cut ferry fares");
        assertThat(promise.claimant()).isEqualTo("Petra Holm");
        assertThat(promise.text()).startsWith("to cut ferry fares by half");
    }

    @Test
    void nounOfSayingWithoutAFittingOwnerIsNoClaim() {
        assertThat(claimsOf("The claim that the harbour fees had doubled was false.")).isEmpty();
        // "her" cannot be Mr. Berg, so the clause is nobody's the text names here (what he mocked is his claim)
        assertThat(claimsOf("Mr. Berg mocked her claim that the harbour fees had doubled."))
                .noneMatch(c -> c.text().equals("the harbour fees had doubled"));
        // "the claim that was made" is a relative clause about the claim, not what was claimed
        assertThat(claimsOf("Petra Holm's claim that was made last year drew no answer."))
                .noneMatch(c -> c.text().contains("was made last year"));
    }
}

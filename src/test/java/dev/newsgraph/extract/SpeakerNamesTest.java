package dev.newsgraph.extract;

import static dev.newsgraph.extract.Claims.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which capitalised runs name the person who speaks: honorifics before a lone surname, titles inside a run, party
 * words and places around it, and the pronouns that go back to them. Sentences written for these tests.
 */
class SpeakerNamesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedClaim> claimsOf(String body) {
        return extractor.extract("Harbour town weighs a new ferry contract\n\n" + body).claims();
    }

    private static ExtractedClaim from(List<ExtractedClaim> claims, String sentencePart) {
        return claims.stream().filter(c -> c.evidence().text().contains(sentencePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim from a sentence with '" + sentencePart + "' among " + claims));
    }

    @Test
    void anHonorificBeforeALoneSurnameNamesAPersonTheLaterPronounFinds() {
        List<ExtractedClaim> claims = claimsOf("""
                “I would have voted for it,” Mr. Varga, the mayor of the island, said in his office.

                Instead, Mr. Varga, a former ferry captain, plans to stay out of the fight. He said the contract favours the mainland.
                """);
        assertThat(with(claims, "voted for it").claimant()).isEqualTo("Mr. Varga");
        assertThat(with(claims, "favours the mainland").claimant()).isEqualTo("Mr. Varga");
        assertThat(with(claims, "favours the mainland").claimantType()).isEqualTo(ClaimantType.OFFICIAL);
    }

    @Test
    void thePortfolioAfterTitleOfBelongsToTheTitle() {
        List<ExtractedClaim> claims = claimsOf("""
                Secretary of Transport Ada L. Holm met the ferry owners on Monday.

                The goal, she said, is a contract that lasts ten years.
                """);
        assertThat(with(claims, "lasts ten years").claimant()).isEqualTo("Ada L. Holm");
    }

    @Test
    void capitalisedOfficeWordsBeforeATitleAreNotPartOfTheName() {
        List<ExtractedClaim> claims = claimsOf("""
                Harbour Authority Deputy Chairman Lars Berg, who joined the board in May, spoke after the vote.

                “Nobody here wanted a shorter contract,” he told the local radio.
                """);
        assertThat(with(claims, "shorter contract").claimant()).isEqualTo("Lars Berg");
    }

    @Test
    void aPartyWordBeforeANameIsAnAffiliationAndAfterAPlaceNamesNoPerson() {
        List<ExtractedClaim> claims = claimsOf("""
                Republican Ada Holm said the ferries were too old.

                A Lakeside Republican who asked not to be named disagreed. Later, Holm said the engines had failed twice.
                """);
        assertThat(with(claims, "too old").claimant()).isEqualTo("Ada Holm");
        assertThat(with(claims, "failed twice").claimant()).isEqualTo("Ada Holm");
    }

    @Test
    void anInstitutionIsNotThePersonAPronounGoesBackTo() {
        List<ExtractedClaim> claims = claimsOf("""
                Nils Lund, a transport economist at the Fairhaven Institution, says the contract is the main risk for the island.

                “The island cannot afford a second failure,” he said.
                """);
        assertThat(with(claims, "second failure").claimant()).isEqualTo("Nils Lund");
    }

    @Test
    void aPlaceAfterALeadingPhraseIsNotTheSubject() {
        List<ExtractedClaim> claims = claimsOf("""
                Speaking at a town hall in Salem, New Hampshire, Ada Holm went after the ferry company, calling it “a total failure.”

                He says the contract will be signed anyway.
                """);
        assertThat(claims).noneMatch(c -> c.claimant().equals("New Hampshire"));
    }

    @Test
    void aNameAfterBehindIsAnObjectNotTheNextSpeaker() {
        List<ExtractedClaim> claims = claimsOf("""
                Lars Berg said the vote went badly for the harbour board.

                The board met again in June.

                He finished second in the board vote behind Mr. Tomas Leal. “We learned a lot about the island in one week,” he said.
                """);
        assertThat(with(claims, "learned a lot").claimant()).isEqualTo("Lars Berg");
    }

    @Test
    void capitalisedWordsBeforeTheNameStillOpenTheSubject() {
        List<ExtractedClaim> claims = claimsOf("""
                “The contract is a bad deal for the island,” said Oskar Nyberg, who chairs the ferry board.

                Retired Navy Capt. Lars Berg started the debate when he said the ships were unsafe in winter.
                """);
        assertThat(with(claims, "unsafe in winter").claimant()).isEqualTo("Lars Berg");
    }

    @Test
    void thePersonWhoOpensALeadingClauseTakesThePronounAfterIt() {
        List<ExtractedClaim> claims = claimsOf("""
                “The contract is a bad deal for the island,” said Oskar Nyberg, who chairs the ferry board.

                Although Lars Berg was never charged, he said the board hid the costs.

                Oskar Nyberg left early. As for Berg, he said the vote was fair.
                """);
        assertThat(from(claims, "hid the costs").claimant()).isEqualTo("Lars Berg");
        assertThat(with(claims, "vote was fair").claimant()).isEqualTo("Lars Berg");
    }

    @Test
    void aCapitalisedTitleBeforeALoneSurnameNamesAPerson() {
        List<ExtractedClaim> claims = claimsOf("""
                President Varga opened the new terminal on Monday.

                “The island will never be cut off again,” he said.
                """);
        assertThat(with(claims, "never be cut off").claimant()).isEqualTo("President Varga");
    }

    @Test
    void aLoneNameAfterASpeechVerbIsAPersonALaterPronounFinds() {
        List<ExtractedClaim> claims = claimsOf("""
                “All of the island is behind the crews,” said Falk, who returned early from a visit abroad.

                He concluded, “The ferries will run again.”
                """);
        assertThat(with(claims, "behind the crews").expertName()).isEqualTo("Falk");
        assertThat(with(claims, "run again").claimant()).isEqualTo("Falk");
    }

    @Test
    void aWordThatOnlyOpensSentencesIsNotTakenForALoneSpeaker() {
        List<ExtractedClaim> claims = claimsOf("""
                Police said the ferry had left the harbour on time.
                """);
        assertThat(with(claims, "left the harbour").expertName()).isNull();
    }

    @Test
    void speakerIsATitleBeforeAName() {
        List<ExtractedClaim> claims = claimsOf("""
                Harbour Speaker Nils Falk met the crews on Monday.

                “Order at the pier is extremely important,” he said.
                """);
        assertThat(with(claims, "extremely important").claimant()).isEqualTo("Nils Falk");
    }

    @Test
    void thePersonOpeningTheSentenceSpeaksPastANameInsideTheInsertedClause() {
        List<ExtractedClaim> claims = claimsOf("""
                Ada Holm, who on Tuesday endorsed Tomas Leal, said the contract was fair.

                Mr. Berg, recalling weekly lunches with Mrs. Lund, said the board had been misled.

                Sen. Nils Falk (R-Ohio), facing a stiff challenge from Mayor Tomas Leal, noted that the ferry was late.
                """);
        assertThat(with(claims, "contract was fair").claimant()).isEqualTo("Ada Holm");
        assertThat(with(claims, "had been misled").claimant()).isEqualTo("Mr. Berg");
        assertThat(with(claims, "ferry was late").claimant()).isEqualTo("Nils Falk");
    }

    @Test
    void aParticipleOpeningTheSentenceIsNotItsSubject() {
        List<ExtractedClaim> claims = claimsOf("""
                Tomas Leal said the ferry was late again.

                Facing mounting criticism from the board, Ada Holm released a statement on Saturday, describing the plan as fair.
                """);
        assertThat(from(claims, "describing the plan").claimant()).isEqualTo("Ada Holm");
    }

    @Test
    void aLongInsertedClauseStillLeavesTheHeadOfTheSentenceSpeaking() {
        List<ExtractedClaim> claims = claimsOf("""
                Nils Falk, whose hometown, Lakeside, is projected to be largely underwater within the not too distant future \
                as the ice caps shrink and the sea level rises along the coast, argues that the ferry must be saved.
                """);
        assertThat(with(claims, "ferry must be saved").claimant()).isEqualTo("Nils Falk");
    }
}

package dev.newsgraph.extract;

import static dev.newsgraph.extract.Claims.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reported speech by any speaker the text names: the claim text is the content (a span of the evidence),
 * the evidence the sentence that carries it, and the claimant who said it. Sentences written for these tests.
 */
class ReportedSpeechTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedClaim> claimsOf(String body) {
        return extractor.extract("Town council argues over the harbour bridge\n\n" + body).claims();
    }

    private static void assertNoClaimWith(List<ExtractedClaim> claims, String textPart) {
        assertThat(claims).noneMatch(c -> c.text().contains(textPart));
    }

    /** The content is a span of the evidence, so a reader can find it in the sentence. */
    private static void assertContentInEvidence(ExtractedClaim c) {
        assertThat(c.evidence().text()).contains(c.text());
    }

    @Test
    void unnamedSpeakerPhraseSaid() {
        ExtractedClaim c = with(claimsOf("The harbour master said the bridge would close for two weeks in March."),
                "bridge would close");
        assertThat(c.claimant()).isEqualTo("harbour master");
        assertThat(c.kind()).isEqualTo(ClaimKind.REPORTED);
        assertThat(c.text()).startsWith("the bridge would close");
        assertContentInEvidence(c);
    }

    @Test
    void saidWithTimeBeforeThat() {
        ExtractedClaim c = with(claimsOf("Marta Lindqvist, the council leader, said on Tuesday that repairs would cost less than planned."),
                "repairs would cost");
        assertThat(c.claimant()).isEqualTo("Marta Lindqvist");
        assertThat(c.text()).isEqualTo("repairs would cost less than planned");
        assertContentInEvidence(c);
    }

    @Test
    void mannerOfSpeakingVerbsIntroduceContent() {
        ExtractedClaim lamented = with(claimsOf("Oskar Lindahl lamented that the night ferry had been cut from the timetable."),
                "night ferry had been cut");
        assertThat(lamented.claimant()).isEqualTo("Oskar Lindahl");
        assertThat(lamented.text()).isEqualTo("the night ferry had been cut from the timetable");
        ExtractedClaim joked = with(claimsOf("Petra Holm joked that the new bridge would outlast the whole town."),
                "new bridge would outlast");
        assertThat(joked.claimant()).isEqualTo("Petra Holm");
        assertThat(joked.text()).isEqualTo("the new bridge would outlast the whole town");
    }

    @Test
    void expressedIntroducesContent() {
        ExtractedClaim c = with(claimsOf("Greta Sundin expressed concern that the harbour dredging would harm the eel population."),
                "harbour dredging would harm");
        assertThat(c.claimant()).isEqualTo("Greta Sundin");
        assertThat(c.text()).contains("the harbour dredging would harm the eel population");
    }

    @Test
    void worriedThatIntroducesContent() {
        ExtractedClaim c = with(claimsOf("Nils Ekdahl worried that the autumn storms would flood the old quay again."),
                "autumn storms would flood");
        assertThat(c.claimant()).isEqualTo("Nils Ekdahl");
        assertThat(c.text()).contains("the autumn storms would flood the old quay again");
    }

    @Test
    void addressAsNounIsNoCue() {
        // "address" after an article or adjective is a speech, not the verb; only "addresses"/"addressed" are cues.
        assertThat(claimsOf("The governor delivered a long budget address to the regional assembly on Friday.")).isEmpty();
        assertThat(claimsOf("In a foreign policy address in Malmo, Karin Ek spoke for forty minutes.")).isEmpty();
        assertThat(claimsOf("Karin Ek gave a farewell address that the whole harbour town watched.")).isEmpty();
    }

    @Test
    void mannerOfSpeakingNounsAreNoCue() {
        // "joke" and "counter" are listed only in the past form, so their noun uses introduce nothing.
        assertThat(claimsOf("The joke about the harbour spread quickly, and the counter at the ferry office closed early."))
                .isEmpty();
    }

    @Test
    void toldListenerThat() {
        ExtractedClaim c = with(claimsOf("Jonas Berg told the local radio station that the ferries could not replace the bridge."),
                "ferries could not replace");
        assertThat(c.claimant()).isEqualTo("Jonas Berg");
        assertThat(c.text()).isEqualTo("the ferries could not replace the bridge");
    }

    @Test
    void accordingToAnyPhrase() {
        ExtractedClaim c = with(claimsOf("Traffic on the bridge doubled in a decade, according to a survey by the regional transport office."),
                "Traffic on the bridge");
        assertThat(c.claimant()).contains("survey by the regional transport office");
        assertThat(c.text()).isEqualTo("Traffic on the bridge doubled in a decade");
        assertContentInEvidence(c);
    }

    @Test
    void appositiveBetweenSpeakerAndVerb() {
        ExtractedClaim c = with(claimsOf("Ines Palm, a professor of civil engineering at Lund University, warned that the steel was corroding."),
                "steel was corroding");
        assertThat(c.claimant()).isEqualTo("Ines Palm");
        assertThat(c.expertName()).isEqualTo("Ines Palm");
    }

    @Test
    void invertedGenericSpeakerAfterContent() {
        ExtractedClaim c = with(claimsOf("The tolls will have to rise, said a spokeswoman for the bridge authority."),
                "tolls will have to rise");
        assertThat(c.claimant()).contains("spokeswoman");
        assertThat(c.text()).isEqualTo("The tolls will have to rise");
    }

    @Test
    void numbersAndGroupsSpeak() {
        List<ExtractedClaim> claims = claimsOf("In the council’s poll, 62 percent said the bridge should stay open at night.");
        assertThat(with(claims, "should stay open").claimant()).isEqualTo("62 percent");
    }

    @Test
    void coordinatedVerbSharesTheSubject() {
        List<ExtractedClaim> claims = claimsOf("Oskar Nyberg thanked the volunteers and said the repairs were ahead of schedule.");
        ExtractedClaim c = with(claims, "ahead of schedule");
        assertThat(c.claimant()).isEqualTo("Oskar Nyberg");
        assertThat(c.text()).isEqualTo("the repairs were ahead of schedule");
        assertNoClaimWith(claims, "volunteers and said");
    }

    @Test
    void participleSpeaksForTheSentenceSubject() {
        List<ExtractedClaim> claims = claimsOf("Oskar Nyberg defended the closure, saying the old cables were unsafe.");
        assertThat(with(claims, "old cables were unsafe").claimant()).isEqualTo("Oskar Nyberg");
    }

    @Test
    void beliefAndIntentVerbs() {
        List<ExtractedClaim> claims = claimsOf("""
                Jonas Berg believes the bridge will outlast its critics.

                Ines Palm wants to inspect every cable before the winter.
                """);
        assertThat(with(claims, "outlast its critics").claimant()).isEqualTo("Jonas Berg");
        assertThat(with(claims, "to inspect every cable").claimant()).isEqualTo("Ines Palm");
    }

    @Test
    void supportAndOppositionTakeTheirObject() {
        List<ExtractedClaim> claims = claimsOf("""
                The harbour union supported the repair plan at its meeting on Sunday.

                Jonas Berg plans to close the old ferry office.
                """);
        ExtractedClaim support = with(claims, "repair plan");
        assertThat(support.claimant()).isEqualTo("harbour union");
        assertThat(support.text()).isEqualTo("the repair plan");
        assertThat(with(claims, "close the old ferry office").claimant()).isEqualTo("Jonas Berg");
    }

    @Test
    void callsForTakesWhatIsCalledFor() {
        ExtractedClaim c = with(claimsOf("Marta Lindqvist called for an independent inspection of the cables on Friday."),
                "independent inspection");
        assertThat(c.claimant()).isEqualTo("Marta Lindqvist");
        assertThat(c.text()).isEqualTo("an independent inspection of the cables");
    }

    @Test
    void negatedVerbStillHasItsSpeaker() {
        ExtractedClaim c = with(claimsOf("Jonas Berg doesn’t think the ferries can carry the trucks."), "ferries can carry");
        assertThat(c.claimant()).isEqualTo("Jonas Berg");
    }

    @Test
    void modalIntentIsAGuessNotAnAttribution() {
        List<ExtractedClaim> claims = claimsOf("Under the plan, the city would agree to pay half of the repair bill.");
        assertNoClaimWith(claims, "pay half");
    }

    @Test
    void nounFormsOfSpeechVerbsAreNotCues() {
        List<ExtractedClaim> claims = claimsOf("""
                The bridge links the island to its home state of Norrland and the mainland.

                Campaign promises by the mayor included a second bridge.
                """);
        assertThat(claims).isEmpty();
    }

    @Test
    void objectVerbTakesItsObject() {
        ExtractedClaim c = with(claimsOf("Marta Lindqvist criticized the new toll scheme during a meeting on Monday."),
                "toll scheme");
        assertThat(c.text()).isEqualTo("the new toll scheme");
    }

    @Test
    void newClauseWithItsOwnSubjectEndsTheContent() {
        ExtractedClaim c = with(claimsOf("Jonas Berg said the bridge was safe, and he left the meeting early."),
                "bridge was safe");
        assertThat(c.text()).isEqualTo("the bridge was safe");
    }

    @Test
    void heSaidGoesToTheLastManNamedNotTheLastWoman() {
        List<ExtractedClaim> claims = claimsOf("""
                Mr. Lars Berg met Ms. Anna Palm at the harbour on Friday.

                He said the inspection had found no cracks.
                """);
        assertThat(with(claims, "found no cracks").claimant()).isEqualTo("Lars Berg");
    }

    @Test
    void sheSaidUsesAGivenNameToChoose() {
        List<ExtractedClaim> claims = claimsOf("""
                Robert Falk and Susan Ekholm toured the bridge on Monday with the engineers.

                She said the paint alone would cost a million kronor.
                """);
        assertThat(with(claims, "paint alone").claimant()).isEqualTo("Susan Ekholm");
    }

    @Test
    void unresolvedPronounIsKeptAsPrinted() {
        List<ExtractedClaim> claims = claimsOf("She said the ferry timetable would change in May.");
        assertThat(with(claims, "ferry timetable").claimant()).isEqualTo("she");
    }

    @Test
    void groupPronounContinuesTheLastGroup() {
        List<ExtractedClaim> claims = claimsOf("""
                The harbour authority said the bridge would reopen on Monday.

                It said the repairs had cost less than expected.
                """);
        assertThat(with(claims, "cost less than expected").claimant()).isEqualTo("harbour authority");
    }

    @Test
    void partialQuoteKeepsItsClause() {
        ExtractedClaim c = with(claimsOf("Marta Lindqvist said the old bridge was “a danger to every driver.”"),
                "danger to every driver");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.text()).startsWith("the old bridge was “a danger");
        assertContentInEvidence(c);
    }

    @Test
    void quoteOverSeveralParagraphs() {
        List<ExtractedClaim> claims = claimsOf("""
                “We have checked every cable twice and found nothing that worries us,” Ines Palm said. “The bridge is sound.

                “What it needs now is paint, not panic.”
                """);
        assertThat(with(claims, "paint, not panic").claimant()).isEqualTo("Ines Palm");
    }

    @Test
    void doubledApostrophesAreQuoteMarks() {
        List<ExtractedClaim> claims = claimsOf("''The cables will last another forty years,'' Ines Palm said. ''We checked them twice.''");
        ExtractedClaim c = with(claims, "cables will last");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.claimant()).isEqualTo("Ines Palm");
        assertThat(c.text()).isEqualTo("The cables will last another forty years");
        assertThat(with(claims, "checked them twice").claimant()).isEqualTo("Ines Palm");
    }

    @Test
    void attributionSentenceAfterAQuestion() {
        List<ExtractedClaim> claims = claimsOf("""
                Jonas Berg spent the morning on the pier.

                The council met later. “Who will pay for the ferries?” Marta Lindqvist asked the engineers.
                """);
        assertThat(with(claims, "Who will pay").claimant()).isEqualTo("Marta Lindqvist");
    }

    @Test
    void noOpenedSentenceEndsAtNo() {
        List<ExtractedClaim> claims = claimsOf("Asked about a second bridge, the mayor said no. But he said the ferries would run more often.");
        assertThat(with(claims, "ferries would run").evidence().text()).startsWith("But he said");
    }

    @Test
    void abbreviatedTitleBelongsToTheSpeakerAfterAQuote() {
        List<ExtractedClaim> claims = claimsOf("""
                Harbour master Agnes Lund inspected the pier on Friday.

                “The piles are rotting faster than anyone expected,” Ms. Lund said.

                “Nobody told the ferry company,” Mr. Ekdahl said.
                """);
        ExtractedClaim piles = with(claims, "piles are rotting");
        assertThat(piles.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(piles.claimant()).isEqualTo("Agnes Lund");
        assertThat(piles.text()).isEqualTo("The piles are rotting faster than anyone expected");
        ExtractedClaim ferry = with(claims, "Nobody told");
        assertThat(ferry.claimant()).isEqualTo("Mr. Ekdahl");
    }

    @Test
    void invertedSpeakerKeepsAnAbbreviatedTitle() {
        ExtractedClaim c = with(claimsOf("The toll will pay for the repairs within ten years, said Sen. Ekdahl."), "toll will pay");
        assertThat(c.claimant()).isEqualTo("Sen. Ekdahl");
    }

    @Test
    void mixedQuoteMarksStillPairUp() {
        ExtractedClaim c = with(claimsOf("\"The ferries are running late every single day,” Jonas Berg said."), "ferries are running");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.claimant()).isEqualTo("Jonas Berg");
        assertThat(c.text()).isEqualTo("The ferries are running late every single day");
    }

    @Test
    void pronounGoesToAnUnlistedSpeakerOfThePreviousSentence() {
        List<ExtractedClaim> claims = claimsOf(
                "Per Ekdahl, an adviser to the mayor, said on Monday that the council would not give up. “If the money is not there, we will say so,” he said.");
        assertThat(with(claims, "money is not there").claimant()).endsWith("Ekdahl");
    }

    @Test
    void contentEndsBeforeTheWritersContrastOrAParticiple() {
        List<ExtractedClaim> claims = claimsOf("""
                Marta Lindqvist said the bridge was safe, while engineers at the port were less sure.

                Jonas Berg denied that the tolls would rise, appearing to contradict his own budget.

                Ines Palm said the ferry would be ready in June – even though the hull was still in dry dock.
                """);
        assertThat(with(claims, "bridge was safe").text()).isEqualTo("the bridge was safe");
        assertThat(with(claims, "tolls would rise").text()).isEqualTo("the tolls would rise");
        assertThat(with(claims, "ferry would be ready").text()).isEqualTo("the ferry would be ready in June");
    }

    @Test
    void stanceVerbsTakeTheirObject() {
        List<ExtractedClaim> claims = claimsOf("""
                The fishermen's union endorsed the new harbour plan on Thursday.

                Marta Lindqvist mocked the ferry timetable during the council meeting.
                """);
        ExtractedClaim endorsed = with(claims, "harbour plan");
        assertThat(endorsed.claimant()).isEqualTo("fishermen's union");
        assertThat(endorsed.text()).isEqualTo("the new harbour plan");
        assertThat(with(claims, "ferry timetable").text()).isEqualTo("the ferry timetable");
    }

    @Test
    void viewsAndAimsAreAttributed() {
        List<ExtractedClaim> claims = claimsOf("""
                Jonas Berg sees the bridge vote as a test of the council's nerve.

                The mayor sought a meeting with the harbour traders before the vote.
                """);
        assertThat(with(claims, "bridge vote as a test").claimant()).isEqualTo("Jonas Berg");
        assertThat(with(claims, "meeting with the harbour traders").claimant()).isEqualTo("mayor");
    }

    @Test
    void particleVerbsTakeWhatFollowsTheParticle() {
        List<ExtractedClaim> claims = claimsOf("""
                Ines Palm pointed to the rising cost of steel.

                Jonas Berg, referring to the old ferry, said it would be sold.

                Marta Lindqvist talked about the harbour budget on the radio.
                """);
        assertThat(with(claims, "rising cost").text()).isEqualTo("the rising cost of steel");
        assertThat(with(claims, "old ferry").claimant()).isEqualTo("Jonas Berg");
        assertThat(with(claims, "harbour budget").text()).isEqualTo("the harbour budget");
    }

    @Test
    void particleVerbsWithoutTheirParticleAreNoClaims() {
        List<ExtractedClaim> claims = claimsOf("""
                The peace talks between the two ferry companies resumed in May.

                The engineer pointed the torch at the rusted cables.
                """);
        assertNoClaimWith(claims, "two ferry companies");
        assertNoClaimWith(claims, "torch");
    }

    @Test
    void decisionsAndEmphasisAreAttributed() {
        List<ExtractedClaim> claims = claimsOf("""
                Marta Lindqvist decided to close the old bridge for the winter.

                Jonas Berg highlighted the cost of the new ferries.
                """);
        assertThat(with(claims, "close the old bridge").claimant()).isEqualTo("Marta Lindqvist");
        assertThat(with(claims, "cost of the new ferries").claimant()).isEqualTo("Jonas Berg");
    }

    @Test
    void aModalMakesADecisionAGuess() {
        assertNoClaimWith(claimsOf("Marta Lindqvist would decide to close the old bridge if the money ran out."), "close the old bridge");
    }

    @Test
    void pronounContinuesTheSpeakerPastAnotherNameOfTheSameGender() {
        List<ExtractedClaim> claims = claimsOf("""
                Marta Lindqvist said the bridge was safe again now that the council had hired Anna Berg as inspector.

                “We will open it to cars on Monday,” she said.
                """);
        assertThat(with(claims, "open it to cars").claimant()).isEqualTo("Marta Lindqvist");
    }

    @Test
    void participlesOfSpeechVerbsSpeakForTheSubject() {
        List<ExtractedClaim> claims = claimsOf("""
                Jonas Berg left the council meeting early, accusing the mayor of wasting money on ferries.

                Ines Palm wrote to the harbour board, criticizing the new ferry timetable.
                """);
        assertThat(with(claims, "the mayor of wasting money").claimant()).isEqualTo("Jonas Berg");
        ExtractedClaim timetable = with(claims, "ferry timetable");
        assertThat(timetable.claimant()).isEqualTo("Ines Palm");
        assertThat(timetable.text()).isEqualTo("the new ferry timetable");
    }

    @Test
    void indirectQuestionsAreTheContent() {
        List<ExtractedClaim> claims = claimsOf("""
                Jonas Berg questioned whether the ferries could cope with the summer crowds.

                Marta Lindqvist asked the engineers whether the bridge would close in winter.

                The engineers found the cables in poor shape.
                """);
        assertThat(with(claims, "ferries could cope").text()).isEqualTo("whether the ferries could cope with the summer crowds");
        ExtractedClaim asked = with(claims, "bridge would close");
        assertThat(asked.claimant()).isEqualTo("Marta Lindqvist");
        assertThat(asked.text()).isEqualTo("whether the bridge would close in winter");
        assertNoClaimWith(claims, "poor shape");
    }
}

package dev.newsgraph.extract;

import static dev.newsgraph.extract.Claims.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who made each claim: pronouns resolved to the person the text has made its subject, speakers separated from
 * inserted clauses and from the subject of what they said. Sentences written for these tests.
 */
class SpeakerResolutionTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedClaim> claimsOf(String body) {
        return extractor.extract("Harbour town weighs a new ferry contract\n\n" + body).claims();
    }

    @Test
    void pronounGoesToTheSubjectOfItsOwnSentence() {
        List<ExtractedClaim> claims = claimsOf("""
                Oskar Nyberg, who chairs the ferry board, said the contract was too expensive.

                Henrik Dahl was defending the contract at a meeting on Friday when he told the crowd that prices would fall.
                """);
        assertThat(with(claims, "prices would fall").claimant()).isEqualTo("Henrik Dahl");
    }

    @Test
    void pronounGoesToTheSubjectNamedAfterTheLastSpeaker() {
        List<ExtractedClaim> claims = claimsOf("""
                “The contract is a bad deal for the island,” said Oskar Nyberg, who chairs the ferry board.

                Engineers said Mr. Henrik Dahl was worried about the old hulls. While he refused to name the yard, he said the ships would need new engines.
                """);
        assertThat(with(claims, "need new engines").claimant()).isEqualTo("Henrik Dahl");
    }

    @Test
    void subjectAfterALeadingAdverbialTakesTheNextPronoun() {
        List<ExtractedClaim> claims = claimsOf("""
                “We cannot wait another year,” said Oskar Nyberg, who chairs the ferry board.

                On Thursday, Henrik Dahl spoke to the harbour staff at the terminal. “The new ships will be here by May,” he said.
                """);
        assertThat(with(claims, "new ships will be here").claimant()).isEqualTo("Henrik Dahl");
    }

    @Test
    void aNameInsideTheObjectOfASentenceDoesNotTakeThePronoun() {
        List<ExtractedClaim> claims = claimsOf("""
                Marta Lindqvist said on Monday that the board had met Henrik Dahl about the contract.

                “Nobody has signed anything yet,” she said.
                """);
        assertThat(with(claims, "Nobody has signed").claimant()).isEqualTo("Marta Lindqvist");
    }

    @Test
    void speakerBeforeAnAppositiveWithItsOwnVerbsAndNames() {
        List<ExtractedClaim> claims = claimsOf("""
                A port official, who requested anonymity to discuss the talks, said the contract would be signed in June.

                Ines Palm, deputy editor for The Island Post, asked the mayor whether the fares would rise.

                Agnes Lund, the ferry company’s chief engineer, said the hulls were sound.
                """);
        assertThat(with(claims, "signed in June").claimant()).isEqualTo("port official");
        assertThat(with(claims, "fares would rise").claimant()).isEqualTo("Ines Palm");
        assertThat(with(claims, "hulls were sound").claimant()).isEqualTo("Agnes Lund");
    }

    @Test
    void speakerBeforeAParticipleClauseAndAPartyTag() {
        List<ExtractedClaim> claims = claimsOf("""
                Judge Tomas Leal, writing for the majority of the court, said the tender “was fair to every bidder.”

                Sen. Lena Ekdahl, R-Ore., appearing on local radio after the vote, said the island deserved better ferries.
                """);
        assertThat(with(claims, "fair to every bidder").claimant()).isEqualTo("Tomas Leal");
        assertThat(with(claims, "deserved better ferries").claimant()).isEqualTo("Lena Ekdahl");
    }

    @Test
    void aCompanyNamedInsideARelativeClauseIsNotTheSpeaker() {
        List<ExtractedClaim> claims = claimsOf(
                "Meg Holm, a former mayor who now runs Baltic Coastal Ferries, said the contract was badly written.");
        assertThat(with(claims, "badly written").claimant()).isEqualTo("Meg Holm");
    }

    @Test
    void aPhraseWithAVerbOfItsOwnAfterSaidIsWhatWasSaidNotTheSpeaker() {
        List<ExtractedClaim> claims = claimsOf(
                "Nyberg, a member of the board since 2009 and a former captain, said rising fuel costs are the main problem.");
        ExtractedClaim c = with(claims, "main problem");
        assertThat(c.claimant()).isEqualTo("Nyberg");
        assertThat(c.text()).startsWith("rising fuel costs");
    }

    @Test
    void invertedSpeakerFollowedByARelativeClause() {
        List<ExtractedClaim> claims = claimsOf(
                "Even if the old ferries stopped running, the island would manage for a month, said Dahl, who was elected to the board in 2012.");
        assertThat(with(claims, "island would manage").claimant()).isEqualTo("Dahl");
    }

    @Test
    void aMannerAdverbAfterSaidIsNotASpeaker() {
        List<ExtractedClaim> claims = claimsOf(
                "“We have had better summers than this one,” harbour pilot Jonas Berg, wearing his “Island First” badge, said quietly.");
        assertThat(with(claims, "better summers").claimant()).isEqualTo("Jonas Berg");
    }

    @Test
    void participleAfterALeadingAdverbialSpeaksForTheSubject() {
        List<ExtractedClaim> claims = claimsOf("""
                Ines Palm chairs the harbour board.

                On Tuesday, Palm went further, criticizing the new ferry timetable.
                """);
        assertThat(with(claims, "ferry timetable").claimant()).isEqualTo("Ines Palm");
    }

    @Test
    void aPlaceNamedLikeAPersonDoesNotTakeThePronoun() {
        List<ExtractedClaim> claims = claimsOf("""
                Mayor Henrik Dahl toured the docks on Tuesday. The storm had flooded Kalvik Bay.

                “We will not close the yard,” he said.
                """);
        assertThat(with(claims, "close the yard").claimant()).isEqualTo("Henrik Dahl");
    }

    @Test
    void aCommonGivenNameTellsHeFromShe() {
        List<ExtractedClaim> claims = claimsOf("""
                Howard Lindgren and Eleanor Vik inspected the ferries on Monday.

                She said two of the hulls needed new paint.
                """);
        assertThat(with(claims, "new paint").claimant()).isEqualTo("Eleanor Vik");
    }

    @Test
    void aStateAndAnAbbreviatedTitleBeforeTheNameAreNotTheName() {
        List<ExtractedClaim> claims = claimsOf("""
                Oregon Sen. Lena Ekdahl met the harbour board on Monday.

                “The island needs two new ferries,” she said.

                Former Gov. Tomas Leal said the old ferries could run another year.
                """);
        assertThat(with(claims, "two new ferries").claimant()).isEqualTo("Lena Ekdahl");
        assertThat(with(claims, "another year").claimant()).isEqualTo("Tomas Leal");
    }

    @Test
    void theyGoesToThePluralSubjectOfItsSentence() {
        List<ExtractedClaim> claims = claimsOf(
                "Many ferry workers were angry about the loss of what they consider a fair contract.");
        assertThat(with(claims, "fair contract").claimant()).isEqualTo("Many ferry workers");
    }

    @Test
    void aMiddleInitialStaysInsideTheName() {
        List<ExtractedClaim> claims = claimsOf("""
                Harbour Chief Marta J. Lindqvist said the old ferries were safe for another winter.

                “They have passed every inspection,” Ms. Lindqvist said.
                """);
        assertThat(with(claims, "safe for another winter").claimant()).isEqualTo("Marta J. Lindqvist");
        assertThat(with(claims, "passed every inspection").claimant()).isEqualTo("Marta J. Lindqvist");
    }

    @Test
    void anAbbreviatedPlaceBeforeATitledSpeakerAfterAQuoteBelongsToTheSpeaker() {
        List<ExtractedClaim> claims = claimsOf("“A longer contract would cost the island less,” U.K. Trade Minister Pablo Ortega said.");
        ExtractedClaim c = with(claims, "cost the island less");
        assertThat(c.claimant()).isEqualTo("Pablo Ortega");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
    }
}

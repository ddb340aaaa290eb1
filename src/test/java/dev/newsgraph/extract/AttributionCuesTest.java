package dev.newsgraph.extract;

import static dev.newsgraph.extract.Claims.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What counts as an attribution and where its content ends ({@link AttributionCues}): second attributions in
 * one sentence, introductory phrases, appeals ("called on"), labels with their object, subordinate clauses.
 * Sentences written for these tests.
 */
class AttributionCuesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedClaim> claimsOf(String body) {
        return extractor.extract("Harbour town weighs the ferry timetable\n\n" + body).claims();
    }

    private static void assertInEvidence(ExtractedClaim c) {
        assertThat(c.evidence().text()).contains(c.text());
    }

    @Test
    void secondSpeakerEndsTheFirstContent() {
        List<ExtractedClaim> claims = claimsOf("The harbour master said the bridge would reopen in May, and other council "
                + "members said the date was far too optimistic.");
        ExtractedClaim first = with(claims, "bridge would reopen");
        assertThat(first.text()).isEqualTo("the bridge would reopen in May");
        ExtractedClaim second = with(claims, "date was far too optimistic");
        assertThat(second.claimant()).contains("council members");
        assertInEvidence(first);
        assertInEvidence(second);
    }

    @Test
    void secondSpeakerAfterButWithoutComma() {
        ExtractedClaim c = with(claimsOf("Maja Lund said the ferries were late but the skippers argued that the timetable was "
                + "impossible."), "ferries were late");
        assertThat(c.text()).isEqualTo("the ferries were late");
    }

    @Test
    void sameSpeakerSpeaksAgainInANewClause() {
        List<ExtractedClaim> claims = claimsOf("Maja Lund said she had no plans to resign, but she said she would "
                + "reconsider in the spring.");
        assertThat(with(claims, "no plans to resign").text()).isEqualTo("she had no plans to resign");
        ExtractedClaim again = with(claims, "would reconsider");
        assertThat(again.text()).isEqualTo("she would reconsider in the spring");
        assertThat(again.claimant()).isEqualTo("Maja Lund");
    }

    @Test
    void introductoryPhraseIsNotWhatWasSaid() {
        ExtractedClaim c = with(claimsOf("During the debate on Thursday night, both skippers said the timetable was no "
                + "problem at all."), "timetable");
        assertThat(c.text()).isEqualTo("the timetable was no problem at all");
    }

    @Test
    void contentBeforeAnInvertedAttributionStillCounts() {
        // the stretch right before the speaker is a clause, so it is what was said, opening phrase and all
        ExtractedClaim c = with(claimsOf("In all, the ferry company has lost four crews since May, officials said."),
                "lost four crews");
        assertThat(c.text()).endsWith("the ferry company has lost four crews since May");
    }

    @Test
    void callsOnSomeoneToAct() {
        ExtractedClaim c = with(claimsOf("Senator Anna Holm called on the harbour board to delay the vote."), "harbour board");
        assertThat(c.text()).isEqualTo("the harbour board to delay the vote");
        assertThat(c.claimant()).isEqualTo("Anna Holm");
        assertInEvidence(c);
    }

    @Test
    void calledOnADayOrInThePassiveIsNoAppeal() {
        assertThat(claimsOf("Anna Holm called on Tuesday to ask about the tickets.")).isEmpty();
        assertThat(claimsOf("Anna Holm was called on to testify before the board.")).isEmpty();
    }

    @Test
    void appealInASubordinateClauseEndsWithTheClause() {
        ExtractedClaim c = with(claimsOf("As council members called on the mayor to resign, the harbour reopened for the "
                + "summer ferries."), "mayor to resign");
        assertThat(c.text()).isEqualTo("the mayor to resign");
    }

    @Test
    void labelKeepsWhatIsLabelled() {
        ExtractedClaim c = with(claimsOf("Governor Ruth Dale called the long ferry queues \"unacceptable\" on Monday."),
                "unacceptable");
        assertThat(c.text()).isEqualTo("the long ferry queues \"unacceptable\"");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertInEvidence(c);
    }

    @Test
    void labelIsTheLastQuotationTheObjectReaches() {
        ExtractedClaim c = with(claimsOf("Dale called the board's talk of a \"fresh start\" for the ferries \"a cruel joke.\""),
                "cruel joke");
        assertThat(c.text()).startsWith("the board's talk of a \"fresh start\" for the ferries \"a cruel joke");
    }

    @Test
    void labelOfAPronounWithoutQuotationMarks() {
        ExtractedClaim c = with(claimsOf("Pia Berg called them reckless amateurs."), "reckless amateurs");
        assertThat(c.text()).isEqualTo("them reckless amateurs");
        assertThat(c.claimant()).isEqualTo("Pia Berg");
    }

    @Test
    void callsThatAreNoLabels() {
        assertThat(claimsOf("Pia Berg called him on Tuesday evening.")).isEmpty();
        assertThat(claimsOf("Pia Berg called her back an hour later.")).isEmpty();
        assertThat(claimsOf("The roll call itself took an hour.")).isEmpty();
    }

    @Test
    void demandKeepsTheComplementOfItsNoun() {
        ExtractedClaim c = with(claimsOf("Pia Berg called for a ban on trawlers in the inner harbour after the spill."),
                "ban on trawlers");
        assertThat(c.text()).isEqualTo("a ban on trawlers in the inner harbour");
    }

    @Test
    void objectStillEndsBeforeATimeOrOccasion() {
        assertThat(with(claimsOf("Pia Berg criticized the new ferry timetable on Tuesday."), "timetable").text())
                .isEqualTo("the new ferry timetable");
        assertThat(with(claimsOf("Pia Berg criticized the new ferry timetable in a statement to the council."), "timetable")
                .text()).isEqualTo("the new ferry timetable");
        assertThat(with(claimsOf("Pia Berg praised the harbour crews at a rally in Bergen."), "harbour crews").text())
                .isEqualTo("the harbour crews");
    }

    @Test
    void speakingOfOrAboutAfterAnAdverbOrAListener() {
        assertThat(with(claimsOf("Maja Lund spoke warmly of the harbour crews."), "harbour crews").text())
                .isEqualTo("the harbour crews");
        assertThat(with(claimsOf("Maja Lund talked to reporters about the new timetable."), "timetable").text())
                .isEqualTo("the new timetable");
    }

    @Test
    void speakingForATimeOrToAListenerAloneIsNoAttribution() {
        assertThat(claimsOf("Maja Lund spoke for about thirty minutes.")).isEmpty();
        assertThat(claimsOf("Maja Lund spoke at the harbour dinner.")).isEmpty();
        assertThat(claimsOf("The aides gave pep talks to some of their captains.")).isEmpty();
    }

    @Test
    void recordsShowWhatCameBefore() {
        ExtractedClaim c = with(claimsOf("A shipping firm paid the harbour fund $5,000 in June, port records show."),
                "shipping firm");
        assertThat(c.text()).isEqualTo("A shipping firm paid the harbour fund $5,000 in June");
        assertThat(c.claimant()).isEqualTo("port records");
    }

    @Test
    void aShowIsNoEvidence() {
        assertThat(claimsOf("The mayor was joined by Pia Berg, star of the cooking show \"Harbour Kitchen.\"")).isEmpty();
    }
}

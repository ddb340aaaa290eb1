package dev.newsgraph.extract;

import static dev.newsgraph.extract.Claims.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Direct quotations: where their words begin and end and which sentences carry them. Sentences written for these tests. */
class QuoteRulesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedClaim> claimsOf(String body) {
        return extractor.extract("Harbour town weighs a new ferry pier\n\n" + body).claims();
    }

    @Test
    void partialQuoteEndsWhereTheWritersClauseBegins() {
        ExtractedClaim c = with(claimsOf("Ingrid Falk said the pier was “a monument to waste,” before the council voted to"
                + " build it anyway."), "monument to waste");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.text()).isEqualTo("the pier was “a monument to waste,”");
        assertThat(c.evidence().text()).contains(c.text());
    }

    @Test
    void wordsThatGoOnWithTheQuotedPhraseStay() {
        ExtractedClaim c = with(claimsOf("Ingrid Falk said she was “encouraged” by the vote on the pier."), "encouraged");
        assertThat(c.text()).isEqualTo("she was “encouraged” by the vote on the pier");
    }

    @Test
    void quoteResumedAfterItsAttributionHasTheAttributionInItsEvidence() {
        List<ExtractedClaim> claims = claimsOf("“The pier will pay for itself,” Ingrid Falk said. “Every ferry that docks here"
                + " brings trade to the old town.”");
        ExtractedClaim second = with(claims, "Every ferry");
        assertThat(second.claimant()).isEqualTo("Ingrid Falk");
        assertThat(second.evidence().text()).startsWith("“The pier will pay for itself,” Ingrid Falk said.")
                .endsWith("old town.”");
        assertThat(with(claims, "pay for itself").evidence().text()).isEqualTo("“The pier will pay for itself,” Ingrid Falk said.");
    }

    @Test
    void straightClosingMarkAfterAStopIsNotReadAsAnOpeningOne() {
        List<ExtractedClaim> claims = claimsOf("\"Who pays for the pier?\" Ingrid Falk asked. \"Not the ferry company. The"
                + " town will. Every family will.\"");
        ExtractedClaim second = with(claims, "Not the ferry company");
        assertThat(second.text()).isEqualTo("Not the ferry company. The town will. Every family will.");
        assertThat(second.claimant()).isEqualTo("Ingrid Falk");
    }

    @Test
    void roleWordsBeforeTheSpeakersNameStillFollowTheQuote() {
        ExtractedClaim c = with(claimsOf("“We will not let the pier rot,” harbour board chairman Tomas Berg said."), "pier rot");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.claimant()).isEqualTo("Tomas Berg");
        assertThat(c.text()).isEqualTo("We will not let the pier rot");
    }

    @Test
    void curlyQuoteClosedByAStraightMarkIsStillOneQuotation() {
        ExtractedClaim c = with(claimsOf("“We will finish the pier by May,\" Ingrid Falk said."), "finish the pier");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.claimant()).isEqualTo("Ingrid Falk");
        assertThat(c.text()).isEqualTo("We will finish the pier by May");
    }

    @Test
    void straightQuoteNestedInACurlyOneDoesNotCloseIt() {
        ExtractedClaim c = with(claimsOf("“The minister told us \"never\" and walked out of the meeting,” Ingrid Falk said."),
                "walked out");
        assertThat(c.text()).isEqualTo("The minister told us \"never\" and walked out of the meeting");
    }

    @Test
    void mannerVerbsAttributeTheQuotationNextToThem() {
        ExtractedClaim continued = with(claimsOf("Ingrid Falk spoke first. “We will keep the ferry running all winter,”"
                + " Ingrid Falk continued."), "keep the ferry");
        assertThat(continued.claimant()).isEqualTo("Ingrid Falk");
        assertThat(continued.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        ExtractedClaim shouted = with(claimsOf("Tomas Berg shouted, “Build the pier before the storms come!”"), "Build the pier");
        assertThat(shouted.claimant()).isEqualTo("Tomas Berg");
        ExtractedClaim sign = with(claimsOf("“Save our harbour from the developers,” read the banner."), "Save our harbour");
        assertThat(sign.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
    }

    @Test
    void mannerVerbsWithoutAQuotationAttributeNothing() {
        assertThat(claimsOf("The debate over the pier continued for an hour. Tomas Berg read the old harbour survey twice"
                + " and the crowd shouted as the mayor arrived.")).isEmpty();
    }

    @Test
    void quoteResumedInTheNextParagraphHasTheAttributionInItsEvidence() {
        List<ExtractedClaim> claims = claimsOf("“The pier will pay for itself,” Ingrid Falk said.\n\n“Every ferry that docks here"
                + " brings trade to the old town.”");
        assertThat(with(claims, "Every ferry").evidence().text()).startsWith("“The pier will pay for itself,”");
    }

    @Test
    void invertedSpeakerWhoseRoleComesBeforeTheName() {
        ExtractedClaim c = with(claimsOf("“The ferry has never once been late this year,” said Harbour Workers Union"
                + " Treasurer Ana Ruiz."), "never once been late");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.claimant()).contains("Ruiz");
    }

    @Test
    void quoteAfterSayingBelongsToTheSentenceSubject() {
        ExtractedClaim needled = with(claimsOf("Ingrid Falk needled the harbour board, saying, “A board that meets twice a year!”"),
                "meets twice");
        assertThat(needled.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(needled.claimant()).isEqualTo("Ingrid Falk");
        ExtractedClaim punctuated = with(claimsOf("Ingrid Falk punctuated her speech by saying “Not one more delay on the pier.”"),
                "Not one more delay");
        assertThat(punctuated.claimant()).isEqualTo("Ingrid Falk");
    }
}

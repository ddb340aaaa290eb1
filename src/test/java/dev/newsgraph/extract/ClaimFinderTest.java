package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims in every common layout: direct quotes, reported speech, joint claimants, denials, cited sources. */
class ClaimFinderTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedClaim> claimsOf(String body) {
        return extractor.extract("Chile and Peru argue over lithium export rules\n\n" + body).claims();
    }

    private static ExtractedClaim with(List<ExtractedClaim> claims, String textPart) {
        return claims.stream().filter(c -> c.text().contains(textPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + textPart + "' among " + claims));
    }

    private static final String INTRO = "Rosa Quispe, an economist at the University of Lima, studies the mining trade.\n\n";

    @Test
    void quoteThenSpeakerSaid() {
        ExtractedClaim c = with(claimsOf(INTRO + "“The export rules will hurt small miners,” Quispe said."), "hurt small miners");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.expertName()).isEqualTo("Rosa Quispe");
        assertThat(c.stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void speakerSaidColonQuote() {
        ExtractedClaim c = with(claimsOf(INTRO + "Quispe said: “Prices have doubled since January.”"), "Prices have doubled");
        assertThat(c.expertName()).isEqualTo("Rosa Quispe");
    }

    @Test
    void quoteThenSaidSpeakerWithRole() {
        ExtractedClaim c = with(claimsOf("“Nobody in Santiago wants a trade war,” said Felipe Arancibia, a lecturer at the Catholic University of Valparaiso."),
                "Nobody in Santiago");
        assertThat(c.expertName()).isEqualTo("Felipe Arancibia");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
    }

    @Test
    void quoteContinuedInTheNextParagraph() {
        List<ExtractedClaim> claims = claimsOf(INTRO + """
                “The ministry never consulted the cooperatives,” Quispe said.

                “They found out from the newspapers, and now they have to sell at a loss.”
                """);
        assertThat(with(claims, "sell at a loss").claimant()).isEqualTo("Rosa Quispe");
    }

    @Test
    void reportedSpeechWithEveryCueVerb() {
        for (String verb : List.of("said", "told reporters", "added", "warned", "believes", "hopes", "considers")) {
            List<ExtractedClaim> claims = claimsOf(INTRO + "Quispe " + verb + " that the copper price will fall sharply next year.");
            ExtractedClaim c = with(claims, "copper price will fall");
            assertThat(c.kind()).as(verb).isEqualTo(ClaimKind.REPORTED);
            assertThat(c.claimant()).as(verb).isEqualTo("Rosa Quispe");
        }
    }

    @Test
    void accordingToAPersonMakesThemTheClaimant() {
        ExtractedClaim c = with(claimsOf(INTRO + "According to Quispe, the new rules will cost the region 4,000 jobs."), "4,000 jobs");
        assertThat(c.claimant()).isEqualTo("Rosa Quispe");
        assertThat(c.kind()).isEqualTo(ClaimKind.REPORTED);
    }

    @Test
    void parentheticalDenialDisagreesWithTheClaimBefore() {
        List<ExtractedClaim> claims = claimsOf("""
                Chile says Peruvian trucks carried lithium ore across the border without permits. (Peru denies this.)
                """);
        ExtractedClaim denial = claims.stream().filter(c -> c.stance() == Stance.DENIES).findFirst().orElseThrow();
        assertThat(denial.claimant()).isEqualTo("Peru");
        assertThat(denial.respondsTo()).isNotEmpty();
        assertThat(claims.get(denial.respondsTo().get(0)).claimant()).isEqualTo("Chile");
    }

    @Test
    void rejectedAndDismissedAreDenials() {
        for (String verb : List.of("rejected", "dismissed")) {
            List<ExtractedClaim> claims = claimsOf("""
                    Chile said Peruvian officials had leaked the draft rules to buyers in Asia.

                    Peru %s the accusation as baseless.
                    """.formatted(verb));
            ExtractedClaim denial = claims.stream().filter(c -> c.stance() == Stance.DENIES).findFirst()
                    .orElseThrow(() -> new AssertionError(verb + ": no denial in " + claims));
            assertThat(denial.claimant()).isEqualTo("Peru");
            assertThat(denial.respondsTo()).as(verb).isNotEmpty();
        }
    }

    @Test
    void claimCarriedByACitedSourceLinksToIt() {
        List<ExtractedClaim> claims = claimsOf("""
                The Peruvian government will appeal the rules, according to the state-run Andina news agency.
                """);
        ExtractedClaim c = with(claims, "appeal");
        assertThat(c.sourceName()).isEqualTo("Andina");
    }

    @Test
    void evidenceIsTheBodyAtItsOffsets() {
        ExtractedArticle a = extractor.extract("Chile and Peru argue\n\n" + INTRO + "Quispe warned that exports will slow.");
        for (ExtractedClaim c : a.claims()) {
            assertThat(a.body().substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
        }
    }
}

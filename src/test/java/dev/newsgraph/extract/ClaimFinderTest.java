package dev.newsgraph.extract;

import static dev.newsgraph.extract.Claims.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims in every common layout: direct quotes, reported speech, joint claimants, denials, cited sources. */
class ClaimFinderTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedClaim> claimsOf(String body) {
        return extractor.extract("Chile and Peru argue over lithium export rules\n\n" + body).claims();
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
    void partialQuoteInsideASentenceIsADirectQuoteOfTheFragment() {
        List<ExtractedClaim> claims = claimsOf(INTRO + "Quispe called the export levy “a present for smugglers” on Tuesday.");
        ExtractedClaim c = with(claims, "present for smugglers");
        // the label comes with what it labels: the quotation alone does not say what was called a present
        assertThat(c.text()).isEqualTo("the export levy “a present for smugglers”");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.expertName()).isEqualTo("Rosa Quispe");
        assertThat(claims).hasSize(1);
    }

    @Test
    void oneWordPartialQuoteAfterDescribedIsADirectQuote() {
        ExtractedClaim c = with(claimsOf(INTRO + "Quispe described the licensing plan as “reckless”."), "reckless");
        assertThat(c.text()).isEqualTo("the licensing plan as “reckless”");
        assertThat(c.claimant()).isEqualTo("Rosa Quispe");
    }

    @Test
    void calledWithoutAQuotationIsNotAClaim() {
        assertThat(claimsOf(INTRO + "Quispe called the ministry twice on Tuesday and again on Friday.")).isEmpty();
    }

    @Test
    void quoteWithNoSpeechVerbBelongsToTheSpeakerNamedJustBefore() {
        List<ExtractedClaim> claims = claimsOf("""
                Ignacio Mamani, a historian at the National University of Arequipa, was unimpressed. “These rules will not last until the harvest.”
                """);
        ExtractedClaim c = with(claims, "will not last until the harvest");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.expertName()).isEqualTo("Ignacio Mamani");
    }

    @Test
    void quoteWithNoSpeechVerbInTheNextParagraphStillBelongsToTheNamedSpeaker() {
        List<ExtractedClaim> claims = claimsOf("""
                Ignacio Mamani, a historian at the National University of Arequipa, sounded tired.

                “Every government since 1990 has promised the miners the same thing.”
                """);
        assertThat(with(claims, "promised the miners").claimant()).isEqualTo("Ignacio Mamani");
    }

    @Test
    void quoteAfterAColonBelongsToTheSubjectOfTheSentence() {
        ExtractedClaim c = with(claimsOf(INTRO + "Quispe was blunt: “Nobody at the ministry has read the geology reports.”"),
                "read the geology reports");
        assertThat(c.claimant()).isEqualTo("Rosa Quispe");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
    }

    @Test
    void pronounAfterAnIntroducedOfficialResolvesToThatOfficial() {
        List<ExtractedClaim> claims = claimsOf(INTRO + """
                “Small miners are being squeezed,” Quispe said.

                Mining Minister Lucia Paredes spoke next. “We will publish every permit online by March,” she promised.
                """);
        assertThat(with(claims, "publish every permit").claimant()).isEqualTo("Lucia Paredes");
        assertThat(with(claims, "being squeezed").claimant()).isEqualTo("Rosa Quispe");
    }

    @Test
    void bothSayGivesOneClaimPerGovernment() {
        List<ExtractedClaim> claims = claimsOf("Chile and Peru both say the crossing at Tacna is open again.");
        assertThat(claims).filteredOn(c -> c.text().contains("crossing at Tacna"))
                .extracting(ExtractedClaim::claimant).containsExactly("Chile", "Peru");
        assertThat(claims).extracting(c -> c.claimantType()).containsOnly(ClaimantType.GOVERNMENT);
        assertThat(claims.get(0).evidence()).isEqualTo(claims.get(1).evidence());
    }

    @Test
    void jointClaimByCountriesWithShortFormsNamesEachCanonically() {
        List<ExtractedClaim> claims = claimsOf("The US and South Korea both say the ore was shipped through Busan in May.");
        assertThat(claims).filteredOn(c -> c.text().contains("shipped through Busan"))
                .extracting(ExtractedClaim::claimant).containsExactly("United States", "South Korea");
    }

    @Test
    void outletNamedWithTheAtTheEndIsTheClaimantAndSource() {
        for (String outlet : List.of("the Meridia news agency said", "the Asahi Shimbun reported")) {
            List<ExtractedClaim> claims = claimsOf("The lithium quotas were raised overnight, " + outlet + ".");
            ExtractedClaim c = with(claims, "quotas were raised");
            assertThat(c.text()).as(outlet).isEqualTo("The lithium quotas were raised overnight");
            assertThat(c.claimantType()).as(outlet).isEqualTo(ClaimantType.ORGANISATION);
            assertThat(c.sourceName()).as(outlet).isEqualTo(c.claimant());
        }
    }

    @Test
    void quoteBeforeATitledSpeakerWithALongTailIsStillTheQuote() {
        ExtractedClaim c = with(claimsOf("""
                “We have paid every peso we promised,” Bolivian Mining Minister Hugo Mamani told reporters in Sucre, adding that Chile had inflated the bill.
                """), "every peso");
        assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT_QUOTE);
        assertThat(c.text()).isEqualTo("We have paid every peso we promised");
        assertThat(c.claimant()).isEqualTo("Hugo Mamani");
    }

    @Test
    void openingAccordingToPhraseRunsToItsComma() {
        ExtractedClaim c = with(claimsOf("According to analysts at the Andean Policy Institute, the dispute could delay the mine by two years."),
                "delay the mine");
        assertThat(c.claimant()).isEqualTo("analysts");
        assertThat(c.text()).isEqualTo("the dispute could delay the mine by two years");
    }

    @Test
    void relativeClauseBetweenSpeakerAndVerbKeepsTheSpeaker() {
        List<ExtractedClaim> claims = claimsOf("""
                Tomas Huanca, who chairs the mining committee in Congress, told the Andina newspaper that the levy was illegal.
                """);
        ExtractedClaim c = with(claims, "levy was illegal");
        assertThat(c.claimant()).isEqualTo("Tomas Huanca");
        assertThat(c.text()).isEqualTo("the levy was illegal");
        assertThat(c.sourceName()).isEqualTo("Andina");
    }

    @Test
    void appositiveAfterALaterSurnameKeepsTheSpeaker() {
        List<ExtractedClaim> claims = claimsOf(INTRO + "Quispe, a former mine inspector, said the tailings dams were unsafe.");
        assertThat(with(claims, "tailings dams were unsafe").claimant()).isEqualTo("Rosa Quispe");
    }

    @Test
    void theListenerOfToldIsNotPartOfTheClaim() {
        ExtractedClaim c = with(claimsOf(INTRO + "Quispe told a meeting of cooperatives that prices would recover by June."),
                "prices would recover");
        assertThat(c.text()).isEqualTo("prices would recover by June");
    }

    @Test
    void evidenceIsTheBodyAtItsOffsets() {
        ExtractedArticle a = extractor.extract("Chile and Peru argue\n\n" + INTRO + "Quispe warned that exports will slow.");
        for (ExtractedClaim c : a.claims()) {
            assertThat(a.body().substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
        }
    }
}

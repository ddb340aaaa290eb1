package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Agreements, their parties, topics and status from the modality of the text. */
class AgreementFinderTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ExtractedAgreement> agreementsOf(String body) {
        return extractor.extract("Brazil and Argentina talk trade\n\n" + body).agreements();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Brazil and Argentina plan to sign a treaty on river navigation next month.;PLANNED",
        "Brazil and Argentina signed a pact on river navigation on Tuesday.;SIGNED",
        "The accord between Brazil and Argentina on river navigation has been in force since 2019.;IN_FORCE",
        "Brazil has proposed a deal with Argentina on river navigation.;PROPOSED",
        "Brazil and Argentina have reportedly struck a secret deal on river navigation.;REPORTED",
        "Argentina denied that it had any deal with Brazil on river navigation.;DENIED"})
    void statusFollowsModality(String sentence, AgreementStatus status) {
        List<ExtractedAgreement> found = agreementsOf(sentence);
        assertThat(found).as(sentence).isNotEmpty();
        ExtractedAgreement g = found.get(0);
        assertThat(g.status()).as(sentence).isEqualTo(status);
        assertThat(g.parties()).as(sentence).contains("Brazil", "Argentina");
    }

    @Test
    void partnershipWithPartiesAndTopics() {
        List<ExtractedAgreement> found = agreementsOf(
                "Brazil and Argentina signed a strategic partnership agreement on energy and defence cooperation.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).topics()).anyMatch(t -> t.contains("energy"));
    }

    @Test
    void timePhraseAfterTheNounIsNotATopic() {
        List<ExtractedAgreement> found = agreementsOf("Brazil and Argentina signed a customs accord on Friday in Montevideo.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).topics()).noneMatch(t -> t.contains("friday"));
        assertThat(found.get(0).name()).doesNotContainIgnoringCase("friday");
        List<ExtractedAgreement> later = agreementsOf("Brazil and Argentina will sign a pact on fishing rights next year.");
        assertThat(later.get(0).topics()).containsExactly("fishing rights");
    }

    @Test
    void wouldAgreeToOnBothSidesIsAnExchange() {
        List<ExtractedAgreement> found = agreementsOf("""
                Analysts expect that Brazil would agree to supply Argentina with soybeans and Argentina would agree to send more natural gas to Brazil.
                """);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).parties()).contains("Brazil", "Argentina");
        assertThat(found.get(0).status()).isEqualTo(AgreementStatus.PROPOSED);
    }

    @Test
    void inExchangeForIsAnExchange() {
        List<ExtractedAgreement> found = agreementsOf(
                "Argentina will ship wheat to Brazil in exchange for electricity from the Itaipu dam, officials said.");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).parties()).contains("Brazil", "Argentina");
    }

    @Test
    void evidencePointsIntoTheBody() {
        ExtractedArticle a = extractor.extract("Brazil and Argentina talk trade\n\nBrazil and Argentina signed a pact on ports.");
        for (var g : a.agreements()) {
            SpanAssertions.assertSpansPointInto(a.body(), g.evidence());
        }
    }
}

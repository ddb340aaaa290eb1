package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Claims from different articles that assert the same proposition agree; unrelated ones do not. */
class ClaimComparisonTest {

    @Test
    void sameFactWordedDifferentlyAgrees() {
        assertThat(ClaimComparison.sameProposition(
                "Vietnam has shipped thousands of tonnes of rice to the Philippines",
                "the Vietnamese shipped rice, thousands of tonnes, to the Philippines")).isTrue();
    }

    @Test
    void differentFactsDoNotAgree() {
        assertThat(ClaimComparison.sameProposition(
                "Vietnam has shipped thousands of tonnes of rice to the Philippines",
                "the central bank raised interest rates by half a point")).isFalse();
    }

    @Test
    void emptyOrNullNeverAgrees() {
        assertThat(ClaimComparison.sameProposition(null, "rice shipped")).isFalse();
        assertThat(ClaimComparison.sameProposition("", "")).isFalse();
    }

    @Test
    void countryFormsFoldToOneTerm() {
        assertThat(ClaimComparison.keyTerms("Hanoi sent rice")).contains("vietnam");
        assertThat(ClaimComparison.keyTerms("Vietnamese rice")).contains("vietnam");
    }

    @Test
    void comparingStoredTermsDecidesLikeComparingTexts() {
        List<String> texts = List.of(
                "Vietnam has shipped thousands of tonnes of rice to the Philippines",
                "the Vietnamese shipped rice, thousands of tonnes, to the Philippines",
                "Hanoi sent rice to Manila",
                "the central bank raised interest rates by half a point",
                "interest rates were raised by the central bank",
                "rates rose",
                "",
                "the the of a",
                "US and Chinese officials signed the trade accord in Washington");
        int agreeing = 0;
        for (String text : texts) {
            for (String other : texts) {
                boolean byText = ClaimComparison.sameProposition(text, other);
                Set<String> terms = ClaimComparison.keyTerms(text);
                Set<String> otherTerms = ClaimComparison.keyTerms(other);
                assertThat(ClaimComparison.sameProposition(terms, otherTerms))
                        .as("%s / %s", text, other).isEqualTo(byText);
                long shared = terms.stream().filter(otherTerms::contains).count();
                assertThat(ClaimComparison.sameProposition((int) shared, terms.size(), otherTerms.size()))
                        .as("counts of %s / %s", text, other).isEqualTo(byText);
                if (byText && !text.equals(other)) {
                    agreeing++;
                }
            }
        }
        // the pairs above must include agreeing ones, or the comparison would prove nothing
        assertThat(agreeing).isGreaterThanOrEqualTo(2);
    }

    @Test
    void emptyTermSetsNeverAgree() {
        assertThat(ClaimComparison.sameProposition(Set.of(), Set.of("rice"))).isFalse();
        assertThat(ClaimComparison.sameProposition(Set.<String>of(), Set.<String>of())).isFalse();
    }
}

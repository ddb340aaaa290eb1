package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
}

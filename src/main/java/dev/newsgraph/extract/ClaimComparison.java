package dev.newsgraph.extract;

import java.util.Set;

/**
 * Decides whether two claims, possibly from different articles, assert the same proposition.
 * The persistence layer stores {@link #keyTerms(String)} per claim to find candidates cheaply,
 * then confirms each candidate with {@link #sameProposition(String, String)}.
 */
public final class ClaimComparison {

    private ClaimComparison() {
    }

    /** Normalised content terms of a claim text (lower case, stemmed, synonyms folded), used as a candidate index. */
    public static Set<String> keyTerms(String claimText) {
        throw new UnsupportedOperationException("extraction engine not built yet");
    }

    /** True when both claim texts assert the same thing. */
    public static boolean sameProposition(String claimText, String otherClaimText) {
        throw new UnsupportedOperationException("extraction engine not built yet");
    }
}

package dev.newsgraph.extract;

import java.util.List;

/**
 * An attributed assertion.
 *
 * @param text         the quoted words (DIRECT_QUOTE) or the reported proposition
 * @param claimant     person, government, organisation, unnamed group as printed, or "AUTHOR"
 * @param expertName   name of an {@link ExtractedExpert} of the same article when the claimant is one, else null
 * @param sourceName   canonical name of an {@link ExtractedSource} the claim is reported through, else null
 * @param evidence     the sentence(s) carrying the attribution
 * @param respondsTo   indexes into {@link ExtractedArticle#claims()} of the claims this one denies
 */
public record ExtractedClaim(String text, ClaimKind kind, Stance stance, String claimant, ClaimantType claimantType,
                             String expertName, String sourceName, TextSpan evidence, List<Integer> respondsTo) {
}

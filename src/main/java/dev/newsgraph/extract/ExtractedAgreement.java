package dev.newsgraph.extract;

import java.util.List;

/**
 * A pact, deal, treaty or exchange between parties.
 *
 * @param name     descriptive name, e.g. "Russia–North Korea strategic partnership agreement"
 * @param parties  canonical party names, e.g. "Russia", "North Korea"
 * @param evidence the passages that mention it
 */
public record ExtractedAgreement(String name, List<String> parties, AgreementStatus status, List<String> topics,
                                 List<TextSpan> evidence) {
}

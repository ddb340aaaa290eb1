package dev.newsgraph.extract;

import java.util.List;

/**
 * A named person the article quotes or paraphrases.
 *
 * @param name        full name as printed
 * @param role        role as printed, e.g. "professor of international studies", or null
 * @param affiliation institution, organisation or country as printed, or null
 * @param mentions    every mention resolved to this person (full name, surname, title)
 */
public record ExtractedExpert(String name, String role, String affiliation, ExpertCategory category, List<TextSpan> mentions) {
}

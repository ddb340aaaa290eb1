package dev.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything extracted from one scraped page. Every span points into {@link #body()}.
 *
 * @param title       the article's own title, never the site name
 * @param publishedOn the article's own date, or null when the page gives no full date
 * @param publisher   the outlet that published the article where the page says so, else null
 * @param author      named byline author(s) as printed, or null for desk/site accounts
 * @param body        the cleaned text, boilerplate removed
 */
public record ExtractedArticle(String title, LocalDate publishedOn, String publisher, String author, String body,
                               List<ExtractedSource> sources, List<ExtractedExpert> experts,
                               List<ExtractedClaim> claims, List<ExtractedAgreement> agreements) {
}

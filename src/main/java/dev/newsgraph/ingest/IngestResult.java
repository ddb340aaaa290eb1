package dev.newsgraph.ingest;

import dev.newsgraph.article.Article;

/**
 * What storing an article did.
 *
 * @param created false when the same text was already stored and {@code article} is the stored one
 */
public record IngestResult(Article article, boolean created) {
}

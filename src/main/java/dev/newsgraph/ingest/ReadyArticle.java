package dev.newsgraph.ingest;

import dev.newsgraph.extract.ExtractedArticle;

/**
 * An article checked, hashed and extracted, ready to be written.
 *
 * @param hash the SHA-256 of the text as received ({@link ContentHash})
 */
record ReadyArticle(IngestRequest request, String hash, ExtractedArticle extracted) {
}

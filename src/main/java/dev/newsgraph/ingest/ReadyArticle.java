package dev.newsgraph.ingest;

import java.util.List;

import dev.newsgraph.extract.ClaimComparison;
import dev.newsgraph.extract.ExtractedArticle;

/**
 * An article checked, hashed and extracted, ready to be written.
 *
 * @param hash     the SHA-256 of the text as received ({@link ContentHash})
 * @param keyTerms each claim's distinct key terms ({@link ClaimComparison#keyTerms}), worked out with the extraction
 *                 so that the corpus loader does it on every core rather than in the writer
 */
record ReadyArticle(IngestRequest request, String hash, ExtractedArticle extracted, List<List<String>> keyTerms) {

    static ReadyArticle of(IngestRequest request, String hash, ExtractedArticle extracted) {
        return new ReadyArticle(request, hash, extracted,
                extracted.claims().stream().map(claim -> List.copyOf(ClaimComparison.keyTerms(claim.text()))).toList());
    }
}

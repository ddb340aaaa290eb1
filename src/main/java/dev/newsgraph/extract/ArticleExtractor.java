package dev.newsgraph.extract;

/**
 * Turns a scraped news page (plain text) into its cleaned body and the facts found in it.
 * Thread-safe; build one and share it, since construction loads the word lists.
 */
public final class ArticleExtractor {

    /** Loads the bundled word lists. */
    public ArticleExtractor() {
        // TODO(extract engine): load lexicon
    }

    /**
     * Extracts one article.
     *
     * @throws UnreadableTextException when the input is not text an article can be read from
     */
    public ExtractedArticle extract(String rawText) {
        throw new UnsupportedOperationException("extraction engine not built yet");
    }
}

package dev.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks what only the service can judge before anything is extracted or written: that there is text, and that
 * it is no larger than this server accepts. Whether the text is HTML or binary data is the extractor's call
 * ({@link dev.newsgraph.extract.ArticleExtractor}), made once.
 */
final class PageInput {

    private PageInput() {
    }

    /** The text to extract from; a {@link RejectedInput} names the problem otherwise. */
    static String check(String text, int maxBytes) {
        if (text == null || text.isBlank()) {
            throw new RejectedInput("BAD_USER_INPUT", List.of("input", "text"), "text is empty; send the article as scraped.");
        }
        if (text.length() > maxBytes || text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new RejectedInput("PAYLOAD_TOO_LARGE", List.of("input", "text"),
                    "text is larger than the " + maxBytes + " bytes this server accepts.");
        }
        return text;
    }
}

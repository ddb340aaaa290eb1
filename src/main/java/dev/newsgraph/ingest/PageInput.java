package dev.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.newsgraph.graphql.ErrorCode;

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
        if (text == null || isBlank(text)) {
            throw new RejectedInput(ErrorCode.BAD_USER_INPUT, List.of("input", "text"), "text is empty; send the article as scraped.");
        }
        if (text.length() > maxBytes || text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new RejectedInput(ErrorCode.PAYLOAD_TOO_LARGE, List.of("input", "text"),
                    "text is larger than the " + maxBytes + " bytes this server accepts.");
        }
        return text;
    }

    /** Blank also when the only characters are Unicode spaces (no-break, thin, ideographic), which String.isBlank keeps. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
                || c == '\uFEFF');
    }
}

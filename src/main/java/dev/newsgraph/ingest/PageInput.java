package dev.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.newsgraph.graphql.ErrorCode;

/** Checks a page's text before anything is extracted or written. */
final class PageInput {

    /** Share of control characters above which a text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

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
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD' || Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'
                    && c != '\f') {
                control++;
            }
            if (c == 0) {
                control += text.length();
            }
        }
        if (control > text.length() * MAX_CONTROL_SHARE) {
            throw new RejectedInput(ErrorCode.BAD_USER_INPUT, List.of("input", "text"),
                    "text looks like binary data, not an article (it holds control characters).");
        }
        return text;
    }

    /** Blank also when the only characters are Unicode spaces (no-break, thin, ideographic), which String.isBlank keeps. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
                || c == '\uFEFF');
    }
}

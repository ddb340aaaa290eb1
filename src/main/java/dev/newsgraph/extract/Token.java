package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A word or punctuation mark of a sentence, with its body offsets. {@code lower} is the lower-cased text,
 * kept because every finder compares it against the word lists.
 */
record Token(int start, int end, String text, boolean word, boolean inQuote, String lower) {

    Token(int start, int end, String text, boolean word, boolean inQuote) {
        this(start, end, text, word, inQuote, text.toLowerCase(java.util.Locale.ROOT));
    }

    boolean capitalised() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    /**
     * Words keep inner hyphens, apostrophes and dots ("Jong-un", "don’t", "U.S"); a trailing possessive
     * "’s" becomes its own token so "Kim’s" yields the name "Kim".
     */
    static List<Token> tokenize(String body, int from, int to, List<int[]> quotes) {
        List<Token> out = new ArrayList<>();
        int q = ArticleText.firstQuoteAfter(quotes, ArticleText.CLOSING, from);
        int i = from;
        while (i < to) {
            char c = body.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            int start = i;
            boolean word = Character.isLetterOrDigit(c);
            if (word) {
                i++;
                while (i < to) {
                    char d = body.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '-' || d == '.' || d == '&' || d == '\'' || d == '’') && i + 1 < to
                            && Character.isLetterOrDigit(body.charAt(i + 1)) && !possessive(body, i, to)) {
                        i++;
                    } else {
                        break;
                    }
                }
            } else if ((c == '\'' || c == '’') && possessive(body, i, to)) {
                i += 2;
                word = true;
            } else {
                i++;
            }
            while (q < quotes.size() && quotes.get(q)[1] <= start) {
                q++;
            }
            boolean inQuote = q < quotes.size() && quotes.get(q)[0] <= start && start < quotes.get(q)[1];
            out.add(new Token(start, i, body.substring(start, i), word, inQuote));
        }
        return out;
    }

    private static boolean possessive(String body, int i, int to) {
        char c = body.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < to && (body.charAt(i + 1) == 's' || body.charAt(i + 1) == 'S')
                && (i + 2 >= to || !Character.isLetterOrDigit(body.charAt(i + 2)));
    }
}

package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits body paragraphs into sentences. Quote-aware (no split inside a quotation) and bounded: a
 * sentence never exceeds {@link #MAX_SENTENCE} characters, which caps the work any later rule does on it.
 */
final class SentenceSplitter {

    static final int MAX_SENTENCE = 1000;
    /** An opening quote unclosed after this many characters is treated as a stray mark. */
    private static final int MAX_QUOTE = 600;
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt",
            "sgt", "rep", "sen", "gov", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc",
            "ltd", "co", "corp", "jr", "sr", "u.s", "u.k", "u.n", "e.u", "approx", "fig", "rev", "capt", "cmdr", "adm");

    private SentenceSplitter() {
    }

    /** Sentence boundaries {@code [start, end)} within {@code text[from, to)}, trimmed of spaces. */
    static List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        int quoteOpenedAt = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean doubled = ArticleText.doubledApostrophe(text, i, to);
            if (c == '“' || ((c == '"' || doubled) && quoteOpenedAt < 0)) {
                quoteOpenedAt = i;
            } else if (c == '”' || c == '"' || doubled) {
                quoteOpenedAt = -1;
            }
            if (doubled) {
                i++;
                continue;
            }
            if (quoteOpenedAt >= 0 && i - quoteOpenedAt > MAX_QUOTE) {
                quoteOpenedAt = -1;
            }
            if (i - start >= MAX_SENTENCE) {
                int cut = lastSpace(text, start, i);
                add(out, text, start, cut);
                start = cut;
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i + 1;
            while (j < to && "”’\"')]".indexOf(text.charAt(j)) >= 0) {
                if (text.charAt(j) == '”' || text.charAt(j) == '"' || text.charAt(j) == '\'') {
                    quoteOpenedAt = -1;
                }
                j++;
            }
            // the marks after the stop were read above: a straight closing mark read again would open a quote
            int next = j - 1;
            if (quoteOpenedAt >= 0 || (j < to && text.charAt(j) != ' ')) {
                i = next;
                continue;
            }
            int k = j;
            while (k < to && text.charAt(k) == ' ') {
                k++;
            }
            if (k < to && !startsSentence(text.charAt(k))) {
                i = next;
                continue;
            }
            if (c == '.' && isAbbreviation(text, start, i) && !(wordBefore(text, start, i).equalsIgnoreCase("no")
                    && k < to && !Character.isDigit(text.charAt(k)))) {
                i = next;
                continue;
            }
            add(out, text, start, j);
            start = k;
            i = k - 1;
        }
        add(out, text, start, to);
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "“\"‘'(".indexOf(c) >= 0 || Character.isLetter(c)
                && !Character.isLowerCase(c);
    }

    /** "No." abbreviates "number" only before a figure ("No. 2"); "said no. But …" ends a sentence. */
    private static String wordBefore(String text, int start, int dot) {
        int b = dot;
        while (b > start && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, dot);
    }

    private static boolean isAbbreviation(String text, int start, int dot) {
        int b = dot;
        while (b > start && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.') && dot - b < 12) {
            b--;
        }
        String word = text.substring(b, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int lastSpace(String text, int start, int i) {
        for (int k = i; k > start + MAX_SENTENCE / 2; k--) {
            if (text.charAt(k) == ' ') {
                return k;
            }
        }
        return i;
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }
}

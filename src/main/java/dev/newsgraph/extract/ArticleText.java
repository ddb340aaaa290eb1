package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The cleaned body split into paragraphs, sentences, tokens and quotations, shared by every finder. */
final class ArticleText {

    final String body;
    final List<Sentence> sentences;
    /** The body lower-cased, when that maps each character on its own (see {@link #lowerText}); else null. */
    private final String lowerBody;

    List<Sentence> sentences() {
        return sentences;
    }
    /** Inner ranges {@code [start, end)} of quotations, without the quote marks, in body order. */
    final List<int[]> quotes;

    /** A quotation left open longer than this is a stray mark, not a quote. */
    private static final int MAX_QUOTE = 1500;

    ArticleText(String body, List<PageCleaner.Paragraph> paragraphs) {
        this.body = body;
        this.lowerBody = lowerCasedCharByChar(body);
        this.quotes = new ArrayList<>();
        this.sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            PageCleaner.Paragraph paragraph = paragraphs.get(p);
            boolean nextOpensQuote = p + 1 < paragraphs.size() && paragraphs.get(p + 1).end() > paragraphs.get(p + 1).start()
                    && (isOpening(body.charAt(paragraphs.get(p + 1).start()))
                    || doubledApostrophe(body, paragraphs.get(p + 1).start(), paragraphs.get(p + 1).end()));
            List<int[]> paragraphQuotes = findQuotes(body, paragraph.start(), paragraph.end(), nextOpensQuote);
            quotes.addAll(paragraphQuotes);
            for (int[] range : SentenceSplitter.split(body, paragraph.start(), paragraph.end())) {
                List<Token> tokens = Token.tokenize(body, range[0], range[1], paragraphQuotes);
                sentences.add(new Sentence(sentences.size(), range[0], range[1], p, paragraph.heading(), tokens));
            }
        }
    }

    String text(int start, int end) {
        return body.substring(start, end);
    }

    /**
     * {@code text(start, end).toLowerCase(Locale.ROOT)}, cut from the body lower-cased once: the finders look up
     * every capitalised phrase in the word lists, and lower-casing each of them again cost more than the look-ups.
     */
    String lowerText(int start, int end) {
        return lowerBody != null ? lowerBody.substring(start, end) : body.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /**
     * The lower-cased body if a part of it lower-cases to the same part of the whole. Lower-casing maps each
     * character on its own except for capital sigma (final or not, by context), dotted capital I (two characters)
     * and surrogate pairs (one code point), so a body holding any of them is lower-cased phrase by phrase.
     */
    private static String lowerCasedCharByChar(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                return null;
            }
        }
        String lower = body.toLowerCase(Locale.ROOT);
        return lower.length() == body.length() ? lower : null;
    }

    TextSpan span(int start, int end) {
        return TextSpan.of(body, start, end);
    }

    TextSpan span(Sentence s) {
        return TextSpan.of(body, s.start(), s.end());
    }

    /** Quotations whose opening lies in the sentence. */
    List<int[]> quotesIn(Sentence s) {
        int lo = firstQuoteAfter(quotes, OPENING, s.start());
        List<int[]> out = new ArrayList<>();
        for (int i = lo; i < quotes.size() && quotes.get(i)[0] - 1 < s.end(); i++) {
            out.add(quotes.get(i));
        }
        return out;
    }

    /** Index in a quotation span ({@code [opening mark + 1, closing mark]}) of the offset after its opening mark. */
    static final int OPENING = 0;
    /** Index in a quotation span of the offset of its closing mark. */
    static final int CLOSING = 1;

    /**
     * Index of the first quotation whose {@code OPENING} or {@code CLOSING} offset ({@code which}) is above
     * {@code offset}, or {@code quotes.size()}. Quotations never overlap and are in body order, so both offsets
     * rise along the list and a binary search finds it; a page may hold thousands.
     */
    static int firstQuoteAfter(List<int[]> quotes, int which, int offset) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid)[which] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether the offset lies inside a quotation. */
    boolean inQuote(int offset) {
        int i = firstQuoteAfter(quotes, CLOSING, offset);
        return i < quotes.size() && quotes.get(i)[OPENING] <= offset;
    }

    /**
     * Pairs curly quotes, and straight double quotes in order. Single curly quotes are apostrophes or
     * nested quotes, so they never open a quotation. Unbalanced marks are skipped in one linear pass.
     */
    static List<int[]> findQuotes(String text, int from, int to) {
        return findQuotes(text, from, to, false);
    }

    static boolean doubledApostrophe(String text, int i, int to) {
        return text.charAt(i) == '\'' && i + 1 < to && text.charAt(i + 1) == '\''
                && (i + 2 >= to || text.charAt(i + 2) != '\'');
    }

    private static boolean isOpening(char c) {
        return c == '“' || c == '„' || c == '"';
    }

    /**
     * As {@link #findQuotes(String, int, int)}; with {@code continued}, a quotation still open at the end of the
     * range runs to its end: a quote that goes on over several paragraphs repeats its opening mark at the start
     * of each one and closes only in the last.
     */
    static List<int[]> findQuotes(String text, int from, int to, boolean continued) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        boolean straight = false;
        boolean nested = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open >= 0 && i - open > MAX_QUOTE) {
                open = -1;
            }
            if (c == '"' && open >= 0 && !straight) {
                // “…" is a typing slip too: a straight mark that closes by position (after a word, before a space or
                // stop) ends the curly quotation, unless a straight mark opened a quote nested in it
                boolean closing = i > from && !Character.isWhitespace(text.charAt(i - 1))
                        && (i + 1 >= to || " ,.;:!?)—–-".indexOf(text.charAt(i + 1)) >= 0);
                if (closing && !nested) {
                    if (i > open + 1) {
                        out.add(new int[] {open + 1, i});
                    }
                    open = -1;
                    continue;
                }
                nested = !closing;
                continue;
            }
            if (c == '“' || c == '„') {
                open = i;
                straight = false;
                nested = false;
            } else if (c == '”' && open >= 0) {
                // a straight opening mark closed by a curly one ("…”) is a typing slip, not a new quotation
                if (i > open + 1) {
                    out.add(new int[] {open + 1, i});
                }
                open = -1;
            } else if (c == '"' || doubledApostrophe(text, i, to)) {
                // "…" and ''…'' (two apostrophes, the quote mark of some wire and newspaper text) pair in order;
                // open marks the last character before the quoted words
                int last = c == '"' ? i : i + 1;
                if (open >= 0 && straight) {
                    if (i > open + 1) {
                        out.add(new int[] {open + 1, i});
                    }
                    open = -1;
                } else {
                    open = last;
                    straight = true;
                }
                i = last;
            }
        }
        int end = to;
        while (end > open + 1 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (continued && open >= 0 && end > open + 1 && to - open <= MAX_QUOTE) {
            out.add(new int[] {open + 1, end});
        }
        return out;
    }
}

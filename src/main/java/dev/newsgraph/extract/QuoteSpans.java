package dev.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/** Where the words of a quotation begin and end inside the clause that carries it. */
final class QuoteSpans {

    private QuoteSpans() {
    }

    /** Words that open the writer's own clause or adjunct after a quotation. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("which", "who", "whom", "while", "whereas", "although",
            "though", "because", "before", "after", "when", "even", "since", "until", "as", "but");

    /**
     * The clause cut after the closing mark of quotation {@code q} when a clause of the writer's follows it: in
     * "called the plan “a disaster,” before leaving the room" what was said ends with the quote. Words that go on
     * with the quoted phrase ("was “encouraged” by the plan") stay.
     */
    static String endAtQuote(ArticleText text, String clause, int[] q) {
        String quoted = text.text(q[0], q[1]);
        int at = clause.indexOf(quoted);
        if (at < 0) {
            return clause;
        }
        int end = at + quoted.length();
        while (end < clause.length() && end - at - quoted.length() < 2 && isClosingMark(clause.charAt(end))) {
            end++;
        }
        String rest = clause.substring(end).strip();
        if (rest.isEmpty() || PageCleaner.wordCount(rest) == 0) {
            return clause;
        }
        char first = rest.charAt(0);
        int space = rest.indexOf(' ');
        String word = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
        boolean breaks = quoted.endsWith(",") || ",;:(—–-".indexOf(first) >= 0 || CLAUSE_OPENERS.contains(word);
        return breaks ? clause.substring(0, end) : clause;
    }

    static boolean isClosingMark(char c) {
        return c == '”' || c == '"' || c == '\'' || c == '’';
    }
}

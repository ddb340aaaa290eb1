package dev.newsgraph.extract;

import java.util.List;
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

    /**
     * Whether sentence {@code s} opens with a quotation that resumes the direct quote of the sentence just before,
     * which ended with its attribution ("“…,” she said." then "“…”").
     */
    static boolean resumesQuote(ArticleText text, Sentence s, ClaimFinder.Draft last) {
        if (last.kind() != ClaimKind.DIRECT_QUOTE || last.sentence() != s.index() - 1 || last.evidenceFrom() != last.sentence()) {
            return false;
        }
        Sentence previous = text.sentences().get(last.sentence());
        if (previous.paragraph() < s.paragraph() - 1) {
            return false;
        }
        List<int[]> quotes = text.quotesIn(s);
        List<int[]> earlier = text.quotesIn(previous);
        return !quotes.isEmpty() && quotes.get(0)[0] - 1 == s.start() && !earlier.isEmpty()
                && earlier.get(0)[0] - 1 == previous.start() && earlier.get(earlier.size() - 1)[1] < previous.end() - 1;
    }

    /** Words of a role printed before a speaker's name: "campaign manager", "Democratic strategist". */
    private static final int MAX_ROLE_WORDS = 4;
    private static final Set<String> NOT_ROLE_WORDS = Set.of("and", "but", "or", "he", "she", "they", "it", "we", "i",
            "that", "who", "which", "then", "also", "while", "as");

    /**
     * In "“…,” campaign manager Ana Ruiz said" the speaker phrase found is the name, and the role words before it
     * stand between the quote and its speaker: the index of the closing mark before them, else {@code k} itself.
     */
    static int quoteBeforeRole(List<Token> t, int k) {
        int words = 0;
        for (int j = k; j > 0 && words <= MAX_ROLE_WORDS; j--) {
            Token tok = t.get(j);
            if (isClosingMark(tok.text().charAt(0)) && tok.text().length() <= 2 && !tok.word()) {
                String before = t.get(j - 1).text();
                // only the quote-first layout: the sentence opens with the quotation
                boolean opensSentence = t.get(0).inQuote() || !t.get(0).word() && t.size() > 1 && t.get(1).inQuote();
                return words > 0 && opensSentence && (before.equals(",") || before.equals("?") || before.equals("!")) ? j : k;
            }
            if (!tok.word() || tok.inQuote() || NOT_ROLE_WORDS.contains(tok.lower())) {
                return k;
            }
            words++;
        }
        return k;
    }

    /**
     * Verbs of how words were uttered or shown, which attribute only when the quotation is right next to them:
     * "“Stop the cuts!” a nurse shouted", "the sign read, “…”", "“…,” he continued". Without one they say
     * nothing about speech ("the crowd shouted", "the debate continued", "read the report").
     */
    static final Set<String> QUOTE_ONLY_VERBS = Set.of("shout", "shouts", "shouted", "shouting", "yell", "yells",
            "yelled", "yelling", "chant", "chants", "chanted", "chanting", "scream", "screams", "screamed", "screaming",
            "exclaim", "exclaims", "exclaimed", "cried", "cries", "beamed", "read", "reads", "interjected", "interrupted",
            "groused", "grumbled", "answered", "answers", "continued", "continues", "whispered", "muttered", "murmured",
            "laughed", "sighed", "gushed", "marveled", "marvelled", "scoffed", "boomed", "bellowed", "thundered",
            "snapped", "pleaded", "begged", "sang", "sings", "texted", "emailed");

    /**
     * Whether a quotation is right next to the verb at {@code i}: just after it ("shouted, “…”", "read: “…”"),
     * or just before it with only the speaker between ("“…!” a protester shouted", "“…,” read the sign").
     */
    static boolean quoteAdjacent(List<Token> t, int i) {
        int k = i + 1;
        if (k < t.size() && (t.get(k).text().equals(",") || t.get(k).text().equals(":"))) {
            k++;
        }
        if (k < t.size() && (t.get(k).inQuote() || k + 1 < t.size() && !t.get(k).word() && t.get(k + 1).inQuote())) {
            return true;
        }
        for (int j = i - 1; j > 0 && i - j <= 8; j--) {
            Token tok = t.get(j);
            if (!tok.word() && !tok.inQuote() && (tok.text().equals("”") || tok.text().equals("\"") || tok.text().equals("'"))) {
                return t.get(j - 1).inQuote();
            }
            if (tok.inQuote() || !tok.word() && !tok.text().equals(".") && !tok.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * After an inverted verb that follows a quotation ("“…,” said union treasurer Ana Ruiz."), the index of the
     * first word of the capitalised name that ends the phrase when only role words come before it and the
     * phrase ends the sentence or its clause; else -1.
     */
    static int nameEndingRole(List<Token> t, int verb) {
        int end = verb + 1;
        while (end < t.size() && t.get(end).word() && !t.get(end).inQuote() && end - verb <= MAX_ROLE_WORDS + 4) {
            end++;
        }
        if (end == verb + 1 || end < t.size() && !(t.get(end).text().equals(",") || t.get(end).text().equals(".")
                || t.get(end).text().equals("("))) {
            return -1;
        }
        int first = end - 1;
        while (first > verb + 1 && t.get(first - 1).capitalised()) {
            first--;
        }
        if (first == verb + 1 && end - first > 3) {
            // "said Harbour Workers Union Treasurer Ana Ruiz": a name of two words closes a capitalised title
            first = end - 2;
        }
        return t.get(first).capitalised() && first > verb + 1 ? first : -1;
    }
}

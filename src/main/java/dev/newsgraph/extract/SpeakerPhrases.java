package dev.newsgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds the noun phrase that speaks next to a speech verb when it is not a name the people finder knows:
 * "the judge said", "three-quarters of the voters said", "a spokesman for the campaign said",
 * "Clinton’s campaign said", "…, said the senator’s aide". A plain grammar over tokens: a phrase is a run of
 * words (with "of" and possessives inside) that starts at a determiner or at a break word and ends at the
 * verb. Bounded by {@link #MAX_PHRASE} tokens, so it costs constant work per verb.
 */
final class SpeakerPhrases {

    /** Longest speaking phrase, in tokens: "the top Democrat on the House Intelligence Committee". */
    static final int MAX_PHRASE = 8;

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her", "their",
            "its", "our", "my", "your", "some", "many", "most", "several", "few", "both", "all", "other", "another",
            "one", "two", "three", "each", "every", "no", "nearly", "about", "more", "fewer", "half", "only");
    /** Pronouns that speak for themselves; "he" and "she" are resolved to a person instead. */
    static final Set<String> GROUP_PRONOUNS = Set.of("i", "we", "they", "you", "it");
    /** Words that cannot be part of a subject phrase: verbs, prepositions, conjunctions, relatives. */
    private static final Set<String> BREAKS = Set.of("to", "in", "on", "at", "for", "with", "by", "from", "as", "than",
            "if", "when", "while", "because", "after", "before", "since", "and", "but", "or", "so", "nor", "is", "was",
            "are", "were", "has", "have", "had", "be", "been", "being", "that", "which", "who", "whom", "whose", "where",
            "what", "how", "why", "not", "it", "there", "here", "then", "also", "would", "will", "could", "can", "should",
            "may", "might", "must", "do", "does", "did", "he", "she", "him", "them", "us", "me", "into", "over", "under",
            "against", "through", "during", "without", "whether", "though", "although", "unless", "until", "yet",
            "even", "just", "now", "once", "ago", "said", "says", "say", "told", "yes", "too", "very", "however",
            "like", "unlike", "per", "via", "among", "upon", "within", "toward", "towards", "around", "near", "up");
    /** Heads that are never speakers: times, places and abstractions that precede verbs in other roles. */
    private static final Set<String> NOT_HEADS = Set.of("time", "times", "year", "years", "day", "days", "week",
            "weeks", "month", "months", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "way", "thing", "things", "something", "nothing", "everything", "anything", "lot",
            "fact", "point", "reason", "idea", "question", "moment", "ever", "again", "still", "already", "first",
            "last", "later", "earlier", "long", "well", "much", "this", "these", "those", "one", "it", "what", "which",
            "someone", "anyone", "everyone", "nobody", "somebody", "anybody", "everybody", "people");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday");

    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "capt", "adm", "rev", "pres", "supt", "cmdr", "maj", "amb", "atty", "lt.gov");

    private SpeakerPhrases() {
    }

    /**
     * Token range {@code {first, last}} of the phrase ending at token {@code head} that can be the subject of a
     * speech verb, or null. The head must be a word that can name a speaker.
     */
    static int[] before(List<Token> t, int head) {
        if (head < 0 || head >= t.size()) {
            return null;
        }
        Token h = t.get(head);
        String lower = h.lower();
        if (!h.word() || h.inQuote() || ExpertFinder.isPossessive(h)) {
            return null;
        }
        if (GROUP_PRONOUNS.contains(lower) && !lower.equals("it") || lower.equals("he") || lower.equals("she")) {
            return new int[] {head, head};
        }
        if (lower.equals("it") && head == 0) {
            // "It said …" right before the verb: the report or body last named speaks
            return new int[] {head, head};
        }
        if (BREAKS.contains(lower) || DETERMINERS.contains(lower) && !h.capitalised()
                || NOT_HEADS.contains(lower) && (!h.capitalised() || WEEKDAYS.contains(lower))) {
            return null;
        }
        int first = head;
        while (first > 0 && head - first + 1 < MAX_PHRASE) {
            Token prev = t.get(first - 1);
            String p = prev.lower();
            if (prev.inQuote()) {
                break;
            }
            if (ExpertFinder.isPossessive(prev)) {
                first--;
                continue;
            }
            if (abbreviatedTitleAt(t, first - 2)) {
                // "Ms. Berg", "Sen. Holm": the dot of an abbreviated title is inside the name
                first -= 2;
                continue;
            }
            if (!prev.word() && !prev.text().equals("-")) {
                break;
            }
            if (DETERMINERS.contains(p)) {
                first--;
                // "three-quarters of the voters", "a spokesman for the campaign": an "of" before the determiner joins
                if (first >= 2 && (t.get(first - 1).is("of") || t.get(first - 1).is("for")) && t.get(first - 2).word()
                        && !BREAKS.contains(t.get(first - 2).lower()) && !t.get(first - 2).inQuote()) {
                    first -= 2;
                    continue;
                }
                break;
            }
            if (p.equals("of") && first >= 2 && t.get(first - 2).word() && !BREAKS.contains(t.get(first - 2).lower())) {
                first -= 2;
                continue;
            }
            if (BREAKS.contains(p) || p.equals("of")) {
                break;
            }
            first--;
        }
        // a lower-case phrase with no determiner is usually a predicate ("were nervous said"), not a subject,
        // unless it is a plural group noun ("analysts said", "officials said", "critics say")
        if (!DETERMINERS.contains(t.get(first).lower()) && !startsCapitalised(t, first, head) && !isPlural(lower)
                && !isNumber(t.get(first).lower())) {
            return null;
        }
        return new int[] {first, head};
    }

    /** Token range of the phrase starting at {@code k} that follows an inverted verb ("…, said the spokesman."). */
    static int[] after(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).word() || t.get(k).inQuote()) {
            return null;
        }
        String lower = t.get(k).lower();
        if (BREAKS.contains(lower) && !lower.equals("he") && !lower.equals("she") || NOT_HEADS.contains(lower)) {
            return null;
        }
        if (!t.get(k).capitalised() && lower.length() > 4 && lower.endsWith("ly")) {
            // "said matter-of-factly", "said quietly": a manner adverb, not who spoke
            return null;
        }
        int last = k;
        while (last + 1 < t.size() && last + 1 - k < MAX_PHRASE) {
            Token next = t.get(last + 1);
            String n = next.lower();
            if (abbreviatedTitleAt(t, last) && last + 2 < t.size() && t.get(last + 2).word()) {
                last += 2;
                continue;
            }
            if (next.inQuote() || !next.word() && !ExpertFinder.isPossessive(next)) {
                break;
            }
            if (n.equals("of") && last + 2 < t.size() && t.get(last + 2).word()) {
                last += 2;
                continue;
            }
            if (BREAKS.contains(n) || NOT_HEADS.contains(n)) {
                break;
            }
            last++;
        }
        if (ExpertFinder.isPossessive(t.get(last)) || DETERMINERS.contains(t.get(last).lower())) {
            return null;
        }
        return new int[] {k, last};
    }

    /** Whether tokens {@code k, k + 1} are a title abbreviated with a dot ("Mr", "."), which names the person after it. */
    static boolean abbreviatedTitleAt(List<Token> t, int k) {
        return k >= 0 && k + 1 < t.size() && t.get(k + 1).text().equals(".") && t.get(k).capitalised()
                && TITLE_ABBREVIATIONS.contains(t.get(k).lower());
    }

    private static boolean startsCapitalised(List<Token> t, int first, int head) {
        for (int k = first; k <= head; k++) {
            if (t.get(k).capitalised()) {
                return true;
            }
        }
        return false;
    }

    static boolean isPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }
}

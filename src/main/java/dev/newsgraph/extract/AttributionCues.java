package dev.newsgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Grammar tests that decide what counts as an attribution and where its content ends, kept apart from the
 * speaker rules in {@link ClaimFinder}. Each test looks at a few tokens around one position, so the cost per
 * cue stays constant.
 */
final class AttributionCues {

    /** Verbs of saying that open a second attribution in the same sentence ("…, and other aides said …"). */
    private static final Set<String> SAYING = Set.of("say", "says", "said", "told", "tell", "tells", "add", "adds",
            "added", "argue", "argues", "argued", "warn", "warns", "warned", "insist", "insists", "insisted", "note",
            "noted", "claim", "claimed", "believe", "believes", "believed", "think", "thinks", "thought", "contend",
            "contends", "contended", "acknowledge", "acknowledged", "acknowledges", "admitted", "admits", "suggested",
            "suggests", "predicted", "predicts", "countered", "counters", "replied", "responded", "wrote", "writes",
            "explained", "explains", "stressed", "agreed", "agree", "agrees", "disagree", "disagreed", "worry",
            "worried", "worries", "fear", "feared", "fears", "complained", "complain", "complains", "maintained",
            "maintain", "maintains", "asserted", "conceded", "concede", "concedes");
    /** Adverbs and auxiliaries that may stand between a subject and its verb ("have long argued"). */
    private static final Set<String> BETWEEN = Set.of("also", "have", "has", "had", "later", "then", "often", "still",
            "long", "privately", "publicly", "repeatedly", "previously", "further", "again", "all", "both", "do", "did",
            "does", "not", "never", "reportedly", "would", "will", "may", "might", "could");
    /** Longest subject phrase of a second attribution, in tokens. */
    private static final int MAX_SUBJECT = SpeakerPhrases.MAX_PHRASE;

    private AttributionCues() {
    }

    /**
     * Whether a coordinated clause with its own subject and verb of saying starts at token {@code k}
     * ("and other party leaders said …", "but aides say …", "and he added …"): the first content ends before
     * it, because what follows is someone's second attribution, not more of the first one's words.
     */
    static boolean secondAttributionAt(List<Token> t, int k) {
        if (k >= t.size() || t.get(k).inQuote() || !(t.get(k).is("and") || t.get(k).is("but"))) {
            return false;
        }
        int first = k + 1;
        if (first >= t.size() || !t.get(first).word() || t.get(first).inQuote()) {
            return false;
        }
        String w = t.get(first).lower();
        if (SpeakerPhrases.GROUP_PRONOUNS.contains(w) || w.equals("he") || w.equals("she")) {
            int verb = first + 1;
            while (verb < t.size() && verb - first <= 3 && BETWEEN.contains(t.get(verb).lower())) {
                verb++;
            }
            return verb < t.size() && saying(t.get(verb));
        }
        // "but the skippers argued …": a verb of saying within a subject phrase's reach, whose subject starts here
        for (int verb = first + 1; verb < t.size() && verb - first <= MAX_SUBJECT + 3; verb++) {
            Token v = t.get(verb);
            if (v.inQuote() || !v.word() && !ExpertFinder.isPossessive(v)) {
                return false;
            }
            if (saying(v)) {
                int head = verb - 1;
                while (head > first && BETWEEN.contains(t.get(head).lower())) {
                    head--;
                }
                int[] range = SpeakerPhrases.before(t, head);
                return range != null && range[0] == first;
            }
        }
        return false;
    }

    private static boolean saying(Token v) {
        return v.word() && !v.inQuote() && !v.capitalised() && SAYING.contains(v.lower());
    }

    /**
     * Whether the subject phrase starting at token {@code first} opens a new clause ("…, but she said …",
     * "…; he added …", "While he refused to name the yard, he said …"): a speaker who speaks again there makes a
     * second attribution, not a repeat of the first.
     */
    static boolean opensClause(List<Token> t, int first) {
        if (first < 1 || first >= t.size()) {
            return false;
        }
        Token before = t.get(first - 1);
        if (before.inQuote()) {
            return false;
        }
        return before.is("and") || before.is("but") || before.text().equals(";")
                || before.text().equals(",") && closesSubordinateClause(t, first - 1);
    }

    /** Whether the comma at {@code comma} ends a clause opened by a subordinator ("While …, ", "As …, "). */
    private static boolean closesSubordinateClause(List<Token> t, int comma) {
        int open = comma - 1;
        while (open > 0 && !t.get(open - 1).text().equals(",") && !t.get(open - 1).inQuote()) {
            open--;
        }
        return open >= 0 && open < comma && SUBORDINATORS.contains(t.get(open).lower());
    }

    /** Words that open an introductory phrase of time, place or circumstance, which is never what was said. */
    private static final Set<String> INTRODUCTORY = Set.of("during", "in", "on", "at", "after", "before", "when",
            "while", "since", "as", "asked", "speaking", "with", "without", "for", "from", "following", "despite",
            "like", "unlike", "by", "under", "until", "upon", "throughout", "amid", "earlier", "later", "meanwhile",
            "still", "however", "yet", "instead", "pressed", "responding", "writing", "appearing", "addressing",
            "campaigning", "yesterday", "today", "tonight");

    /**
     * Whether the stretch of words before the comma at {@code comma} (back to the previous comma or the sentence
     * start) is an introductory phrase ("During the debate on Thursday, both candidates said …", "Still, she
     * said …"), so the attribution that follows takes its content after the verb, not before it.
     */
    static boolean introductoryBefore(List<Token> t, int comma) {
        if (comma < 1 || !t.get(comma).text().equals(",")) {
            return false;
        }
        int start = comma - 1;
        while (start > 0 && !t.get(start - 1).text().equals(",") && !t.get(start - 1).text().equals(";")) {
            start--;
        }
        for (int k = start; k < comma; k++) {
            if (t.get(k).inQuote() || !t.get(k).word() && !t.get(k).text().equals("'") && t.get(k).text().length() == 1
                    && "\"“”".indexOf(t.get(k).text().charAt(0)) >= 0) {
                return false;
            }
        }
        return INTRODUCTORY.contains(t.get(start).lower());
    }

    private static final Set<String> CALL_FORMS = Set.of("call", "calls", "called", "calling");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "tonight", "yesterday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "the", "this", "that", "last", "next");

    /**
     * "called on the board to resign", "calls on voters to …": an appeal, whose content is who is asked and what to
     * do. "called on Tuesday" is a time, and "was called on" a passive, so neither counts; the appeal needs its "to".
     */
    static boolean callsOn(List<Token> t, int i) {
        if (!CALL_FORMS.contains(t.get(i).lower()) || i + 2 >= t.size() || !t.get(i + 1).is("on")
                || TIME_WORDS.contains(t.get(i + 2).lower()) && !t.get(i + 2).is("the") || !t.get(i + 2).word()
                || i > 0 && (t.get(i - 1).is("was") || t.get(i - 1).is("were") || t.get(i - 1).is("been")
                || t.get(i - 1).is("be") || t.get(i - 1).is("is") || t.get(i - 1).is("are"))) {
            return false;
        }
        for (int k = i + 3; k < t.size() && k <= i + 12; k++) {
            Token tok = t.get(k);
            if (tok.is("to")) {
                return true;
            }
            if (!tok.word() && !ExpertFinder.isPossessive(tok) && !tok.text().equals("-") && !tok.text().equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** Conjunctions that make the attribution after them a subordinate clause of the writer's sentence. */
    private static final Set<String> SUBORDINATORS = Set.of("as", "when", "because", "since", "after", "before", "if",
            "while", "although", "though", "once", "until", "whenever", "unless");

    /**
     * Whether the speaker phrase starting at token {@code first} stands in a subordinate clause ("as party leaders
     * called on him to quit, …", "When the mayor said …, …"), so its content ends where that clause does.
     */
    static boolean subordinateBefore(List<Token> t, int first) {
        return first >= 1 && first < t.size() && !t.get(first - 1).inQuote()
                && SUBORDINATORS.contains(t.get(first - 1).lower());
    }

    /** Offset of the first comma from token {@code from} on, or {@code limit} when a quotation comes first. */
    static int clauseComma(List<Token> t, int from, int limit) {
        for (int k = from; k < t.size() && t.get(k).start() < limit; k++) {
            if (t.get(k).inQuote()) {
                // quoted words run on in the speaker's voice; where they end is the quote's business
                return limit;
            }
            if (t.get(k).text().equals(",")) {
                return t.get(k).start();
            }
        }
        return limit;
    }

    /** Tokens a labelled object may take before its quoted label: "called the state's long voting lines “…”". */
    private static final int MAX_LABELLED_OBJECT = 10;

    /**
     * End offset (after the closing mark) of the quoted label that follows the object of a labelling verb at
     * {@code verb} ("called the plan “reckless”"), or -1 when no quotation follows the object closely.
     */
    static int labelEnd(List<int[]> quotes, List<Token> t, int verb, int limit) {
        int verbEnd = t.get(verb).end();
        int end = -1;
        int k = verb + 1;
        int between = 0;
        for (int[] q : quotes) {
            if (q[0] <= verbEnd) {
                continue;
            }
            // the label is the last quotation the object reaches without a clause break ("called Ruiz's claim of
            // “clean hands” over the deal “laughable”" labels with the second)
            for (; k < t.size() && t.get(k).start() < q[0] - 1; k++) {
                Token tok = t.get(k);
                if (!tok.inQuote() && (tok.text().equals(",") || tok.text().equals(";") || tok.is("that") || tok.is("and"))) {
                    return end;
                }
                if (!tok.inQuote() && tok.word()) {
                    between++;
                }
            }
            if (between < 1 || between > MAX_LABELLED_OBJECT || q[1] + 1 > limit) {
                return end;
            }
            end = q[1] + 1;
        }
        return end;
    }

    private static final Set<String> LABELLED_PRONOUNS = Set.of("him", "her", "them", "it", "himself", "herself",
            "themselves", "itself");
    private static final Set<String> BEFORE_BARE_CALL = Set.of("i", "we", "you", "they", "to", "would", "will", "could",
            "should", "might", "may", "can", "also", "not", "did", "do", "often", "still", "now");
    /** Words after "called him" that make it a phone call or a summons, not a label. */
    private static final Set<String> NOT_LABELS = Set.of("on", "in", "at", "to", "back", "up", "out", "off", "after",
            "before", "from", "for", "and", "but", "again", "when", "while", "because", "over", "about", "into", "with",
            "by", "as", "early", "late", "later", "recently", "twice", "once", "repeatedly", "daily", "often", "every",
            "during", "just", "personally", "directly", "or", "so", "then", "now");

    /**
     * "called him a liar", "calls it a disgrace": a labelling verb with a pronoun object and a label after it
     * attributes the label even without quotation marks; "called him on Tuesday" or "called her back" does not.
     */
    static boolean labelsPronoun(List<Token> t, int i) {
        if (i + 2 >= t.size() || !LABELLED_PRONOUNS.contains(t.get(i + 1).lower())
                || t.get(i).is("call") && i > 0 && !BEFORE_BARE_CALL.contains(t.get(i - 1).lower())) {
            // "the roll call itself", "a phone call it": the bare form is a noun unless a subject or modal precedes it
            return false;
        }
        Token label = t.get(i + 2);
        String w = label.lower();
        return label.word() && !label.inQuote() && !NOT_LABELS.contains(w) && !TIME_WORDS.contains(w) || w.equals("the");
    }

    /** Nouns of occasion and channel: "in a statement", "at a rally", "on the campaign trail" are adjuncts. */
    private static final Set<String> OCCASIONS = Set.of("statement", "interview", "speech", "rally", "debate", "letter",
            "tweet", "post", "email", "e-mail", "appearance", "meeting", "hearing", "address", "video", "ad", "op-ed",
            "conference", "call", "event", "session", "briefing", "radio", "television", "tv", "show", "program",
            "programme", "campaign", "trail", "floor", "stage", "stop", "visit", "town", "forum", "press", "news",
            "remarks", "report", "memo", "book", "column", "message", "broadcast", "sunday", "recent", "separate",
            "earlier", "later", "same", "past", "wake", "face", "end", "run-up", "process", "course", "hope", "bid");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "his", "her", "their", "its", "this", "that",
            "last", "one");

    /**
     * Whether the preposition at {@code j} ("on", "in", "at") opens a complement of the object noun ("a ban on
     * travel", "cuts in spending") rather than an adjunct of time, place or occasion ("on Tuesday", "in a
     * statement", "at a rally in Ohio"), which ends the object.
     */
    static boolean nounComplementAt(List<Token> t, int j) {
        Token p = t.get(j);
        if (!(p.is("on") || p.is("in") || p.is("at")) || j + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(j + 1);
        String n = next.lower();
        if (!next.word() || TIME_WORDS.contains(n) && !ARTICLES.contains(n) || Character.isDigit(n.charAt(0)) || n.equals("late")
                || n.equals("early") || n.equals("mid") || n.equals("recent") || n.equals("person")) {
            return false;
        }
        if (ARTICLES.contains(n)) {
            for (int k = j + 2; k < t.size() && k <= j + 4 && t.get(k).word(); k++) {
                if (OCCASIONS.contains(t.get(k).lower()) || TIME_WORDS.contains(t.get(k).lower())) {
                    return false;
                }
            }
            return true;
        }
        // "in Ohio", "at Harvard": a capitalised place after "in" or "at" is where, not what
        return !(next.capitalised() && !p.is("on")) && !OCCASIONS.contains(n);
    }

    private static final Set<String> SPEAKING_FORMS = Set.of("talk", "talks", "talked", "talking", "spoke", "speak",
            "speaks", "speaking");
    /** How many words may stand between a particle verb and its particle ("talked openly to reporters about"). */
    private static final int MAX_BEFORE_PARTICLE = 4;

    /**
     * Index of the particle that makes the verb at {@code i} an attribution ("pointed to", "talked about"), or -1.
     * Verbs of speaking also take "of" ("spoke of his faith"), and an adverb or a listener may stand before the
     * particle ("spoke warmly of", "spoke to reporters about"); a clause break or a quotation may not.
     */
    static int particleAt(List<Token> t, int i, Set<String> particles) {
        boolean speaking = SPEAKING_FORMS.contains(t.get(i).lower());
        boolean listener = false;
        for (int k = i + 1; k < t.size() && k <= i + 1 + (speaking ? MAX_BEFORE_PARTICLE : 0); k++) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (!tok.word() || tok.inQuote()) {
                return -1;
            }
            boolean isParticle = particles.contains(w) || speaking && (w.equals("of") || w.equals("about"));
            if (isParticle && !(speaking && w.equals("to")) && !(listener && !w.equals("about"))) {
                return k + 1 < t.size() && t.get(k + 1).word() ? k : -1;
            }
            if (!speaking) {
                return -1;
            }
            if (w.equals("to") && !listener) {
                // "spoke to reporters about …": the listener stands between the verb and "about"
                listener = true;
            } else if (!(w.endsWith("ly") && w.length() > 3 || listener)) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> EVIDENCE_VERBS = Set.of("show", "shows", "showed");

    /**
     * "…, campaign finance records show.": verbs of evidence also follow what they attest, like verbs of saying.
     * The bare "show" only after a plural ("records show"), since after a singular it is a noun ("a reality show").
     */
    static boolean showsBefore(List<Token> t, int verb) {
        String w = t.get(verb).lower();
        return EVIDENCE_VERBS.contains(w) && (!w.equals("show") || verb > 0 && SpeakerPhrases.isPlural(t.get(verb - 1).lower()));
    }

    /**
     * Index of the token before the whole speaker phrase ending at {@code head}, when the speaker found covers
     * only its head ("…, federal officials said", "…, campaign officials said" name the group "officials"): the
     * modifiers belong to the speaker, and the comma before them ends what was said. Otherwise {@code beforePhrase}.
     */
    static int beforeModifiedPhrase(List<Token> t, int beforePhrase, int head) {
        if (beforePhrase < 0 || head < 0 || ClaimFinder.isClosing(t.get(beforePhrase))) {
            return beforePhrase;
        }
        int[] range = SpeakerPhrases.before(t, head);
        if (range == null || range[0] > beforePhrase || range[0] < 1) {
            return beforePhrase;
        }
        return ClaimFinder.isClosing(t.get(range[0] - 1)) ? range[0] - 1 : beforePhrase;
    }

    private static final Set<String> PROGRESSIVE_AUX = Set.of("is", "are", "was", "were", "been");
    /**
     * Progressive forms that mostly tell of a race or an event, not of words: "who is challenging the senator",
     * "is seeking a fifth term", "is thanking supporters at a rally", "are defending seats in 2018".
     */
    private static final Set<String> NOT_PROGRESSIVE_SPEECH = Set.of("challenging", "seeking", "thanking", "defending",
            "welcoming");

    /**
     * Index of the auxiliary of a progressive verb of saying at {@code verb} ("is urging", "are also warning",
     * "has been arguing"), whose subject is the speaker, or -1. Only "-ing" forms: "is expected" is a passive.
     */
    static int progressiveAux(List<Token> t, int verb) {
        if (!t.get(verb).lower().endsWith("ing") || NOT_PROGRESSIVE_SPEECH.contains(t.get(verb).lower())) {
            return -1;
        }
        int aux = ClaimFinder.skipBack(t, verb - 1);
        return aux >= 1 && aux >= verb - 3 && PROGRESSIVE_AUX.contains(t.get(aux).lower()) && !t.get(aux).inQuote() ? aux : -1;
    }

    private static final Set<String> LISTENER_STARTS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "him", "them", "me", "us", "reporters", "aides", "supporters", "donors", "voters", "lawmakers", "colleagues",
            "friends", "investigators", "congress", "officials");
    /** Auxiliaries right after "that" which make it a relative pronoun ("the drama that has surrounded …"). */
    static final Set<String> RELATIVE_VERBS = Set.of("has", "have", "had", "is", "was", "are", "were", "would",
            "will", "could", "can", "may", "might", "should", "did", "does", "do");
    /** Longest listener between "to" and "that": "to the House Intelligence Committee that". */
    private static final int MAX_LISTENER = 6;

    /**
     * Whether the "to" at {@code to} opens a listener and a "that" clause follows it ("complained to reporters
     * that …", "reported to the tax office that …", "admitted to aides that …"): then the verb speaks, though a
     * verb followed by "to" usually does not ("reported to work", "admitted to the hospital").
     */
    static boolean listenerThenThat(List<Token> t, int to) {
        if (to + 2 >= t.size() || !t.get(to).is("to")) {
            return false;
        }
        Token first = t.get(to + 1);
        if (!first.word() || first.inQuote() || !(first.capitalised() || LISTENER_STARTS.contains(first.lower()))) {
            return false;
        }
        for (int k = to + 2; k < t.size() && k <= to + 1 + MAX_LISTENER; k++) {
            Token tok = t.get(k);
            if (tok.inQuote() || !tok.word() && !ExpertFinder.isPossessive(tok)) {
                return false;
            }
            if (tok.is("that")) {
                // "adds to the drama that has surrounded …": a verb right after "that" makes it a relative clause
                return k + 1 < t.size() && t.get(k + 1).word() && !RELATIVE_VERBS.contains(t.get(k + 1).lower());
            }
        }
        return false;
    }
}

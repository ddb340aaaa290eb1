package dev.newsgraph.extract;

import static dev.newsgraph.extract.ClaimFinder.ARTICLE_WORDS;
import static dev.newsgraph.extract.ClaimFinder.NOUN_LIKE_VERBS;
import static dev.newsgraph.extract.ClaimFinder.SKIPPABLE;
import static dev.newsgraph.extract.ClaimFinder.isClosing;
import static dev.newsgraph.extract.ClaimFinder.skipBack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.newsgraph.extract.ClaimFinder.Draft;
import dev.newsgraph.extract.ClaimFinder.Run;

/**
 * Decides who spoke an attribution: a name or phrase before or after the cue verb, "according to", a
 * government named by its country, or a pronoun continuing the article's running speaker chain.
 */
final class SpeakerResolver {

    private final Lexicon lexicon;

    SpeakerResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Who is speaking, and which part of the sentence the attribution covers. */
    record Speaker(List<String> claimants, ClaimantType type, Person person, String source, int phraseStart,
                           int phraseEnd, boolean viaPronoun, boolean sourceOnly) {

        Speaker(List<String> claimants, ClaimantType type, Person person, String source, int phraseStart, int phraseEnd,
                boolean viaPronoun) {
            this(claimants, type, person, source, phraseStart, phraseEnd, viaPronoun, false);
        }

        /** The same speaker with the attribution phrase running on to {@code end} (an inserted clause). */
        Speaker widenedTo(int end) {
            return new Speaker(claimants, type, person, source, phraseStart, Math.max(end, phraseEnd), viaPronoun, sourceOnly);
        }

        /** An outlet named in "according to": the source of the sentence, the claimant only if no one else speaks. */
        Speaker withSourceOnly() {
            return new Speaker(claimants, type, person, source, phraseStart, phraseEnd, viaPronoun, true);
        }
    }
    private static final Set<String> GOVERNMENT_BODIES = Set.of("government", "ministry", "military", "embassy",
            "army", "regime", "administration", "cabinet", "parliament", "foreign ministry", "defence ministry",
            "defense ministry", "state media", "authorities", "leadership", "presidency");
    private static final Set<String> RELATIVE_BOUNDARIES = Set.of("to", "in", "on", "at", "for", "with", "from",
            "by", "about", "than", "that", "which", "and", "but", ",");
    /** How far into a sentence a named subject may start once a title or appositive precedes it. */
    private static final int MAX_SUBJECT_TOKENS = 6;
    private static final int MAX_INSERTED_CLAUSE = 16;
    private static final int MAX_ACCORDING_PHRASE = 12;
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "with", "from",
            "for", "over", "by", "through", "via");

    /** The person named at the head of the sentence, title or appositive included, or null. */
    Person subjectOf(Run run, Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || !t.get(0).word() || t.get(0).inQuote()) {
            return null;
        }
        for (int k = 0; k < Math.min(t.size(), MAX_SUBJECT_TOKENS); k++) {
            Person.Mention m = run.people.byTokenStart.get(t.get(k).start());
            if (m != null && (m.phraseStart() <= t.get(0).start() || premodified(t, 0, k, m))) {
                return m.person();
            }
            if (t.get(k).text().equals(",")) {
                break;
            }
        }
        return null;
    }

    Speaker speakerBefore(Run run, Sentence s, int verb) {
        Speaker known = knownSpeakerBefore(run, s, verb);
        if (known != null) {
            return known;
        }
        List<Token> t = s.tokens();
        int j = skipBack(t, verb - 1);
        if (j < 0 || t.get(j).inQuote()) {
            return null;
        }
        if (t.get(j).text().equals(",")) {
            // "X, a spokesman for the campaign, said": the phrase before the inserted clause speaks; "Sen. X, R-Fla.,
            // appearing on Fox News, said": up to three insertions in a row
            Speaker inserted = null;
            int close = j;
            for (int round = 0; round < 3 && inserted == null; round++) {
                int k = openingComma(t, close);
                if (k < 1) {
                    break;
                }
                Speaker head = phraseBefore(run, s, k - 1);
                inserted = head == null ? null : head.widenedTo(t.get(j).start());
                close = k;
            }
            if (inserted != null && inserted.person() != null || !invertedSpeakerFollows(s, verb)) {
                return inserted;
            }
            // "…, said DeSantis, who …": no person before, and a speaker follows the verb and ends the clause
            return null;
        }
        return phraseBefore(run, s, j);
    }

    /**
     * The comma that opens the inserted clause closed by the comma at {@code close} ("X, who chairs the board,",
     * "X, a professor of law,", "X, writing for the majority,", "X, Sanders’s chief strategist,", "X, R-Fla.,"), or -1.
     */
    private int openingComma(List<Token> t, int close) {
        boolean verbInside = false;
        int quoted = 0;
        for (int k = close - 1; k > 0 && close - k <= MAX_APPOSITIVE; k--) {
            Token tok = t.get(k);
            if (tok.inQuote()) {
                // a short quotation inside the clause ("wearing “Ted Cruz” pins"); a longer one is what was said
                if (++quoted > 4) {
                    return -1;
                }
                continue;
            }
            if (tok.text().equals(";")) {
                return -1;
            }
            if (tok.text().equals(",")) {
                Token opener = t.get(k + 1);
                if (opener.is("who") || opener.is("whose") || opener.is("which")) {
                    return k;
                }
                boolean ok = !verbInside && (ARTICLE_WORDS.contains(opener.lower()) || opener.word() && !opener.capitalised()
                        || partyTag(opener) || k + 2 < close && opener.capitalised() && ExpertFinder.isPossessive(t.get(k + 2)));
                return ok ? k : -1;
            }
            if (lexicon.reportingVerbs.contains(tok.lower()) && !tok.capitalised() && !t.get(k - 1).text().equals(",")
                    && !SpeakerPhrases.DETERMINERS.contains(t.get(k - 1).lower()) && !NOUN_LIKE_VERBS.contains(tok.lower())) {
                // a speech verb inside makes a clause of its own ("X said Y, and Z, said"), unless a relative pronoun
                // opens the insertion ("who requested anonymity"), the verb opens it ("writing for the majority")
                // or it is a noun ("the state")
                verbInside = true;
            }
        }
        return -1;
    }

    /** Longest inserted clause between a speaker and the verb: "X, director of the Center for … at … University, said". */
    private static final int MAX_APPOSITIVE = 24;

    /**
     * Start offset of a speaker phrase whose name starts at token {@code k}, widened over capitalised words and
     * abbreviations right before it when a quotation or comma closes just before them ("“…,” U.S. Attorney Maya
     * Song said"): they belong to the speaker, not to what was said.
     */
    private static int premodifiedStart(List<Token> t, int k) {
        int from = k;
        while (from > 0 && from - k > -5) {
            Token prev = t.get(from - 1);
            if (prev.text().equals(".") && from >= 2 && t.get(from - 2).capitalised() && !t.get(from - 2).inQuote()) {
                from -= 2;
            } else if (prev.word() && prev.capitalised() && !prev.inQuote()) {
                from--;
            } else {
                break;
            }
        }
        return from < k && from > 0 && isClosing(t.get(from - 1)) ? t.get(from).start() : t.get(k).start();
    }

    /** "R-Fla", "D-Calif": a party and state tag after a legislator's name. */
    private static boolean partyTag(Token tok) {
        String w = tok.text();
        return w.length() >= 4 && w.length() <= 8 && "RDI".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '-'
                && Character.isUpperCase(w.charAt(2));
    }

    /** Words that may follow an inverted speaker: "…, said Holm on Monday", "…, said a spokesman for the port". */
    private static final Set<String> AFTER_INVERTED_SPEAKER = Set.of("in", "on", "at", "during", "after", "before",
            "of", "with", "from", "for", "about", "when", "while", "as", "because", "who", "whose", "which", "according", "last",
            "this", "earlier", "later", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "recently", "and", "but", "adding", "noting", "citing", "referring", "speaking", "via",
            "through", "outside", "inside", "near", "following", "ahead", "shortly", "late", "early");

    /** Whether a speaker phrase ending before token {@code n} can end an inverted attribution (no verb of its own follows). */
    private static boolean endsInvertedSpeaker(List<Token> t, int n) {
        if (n >= t.size()) {
            return true;
        }
        Token next = t.get(n);
        if (next.inQuote() || n + 1 < t.size() && !next.word() && t.get(n + 1).inQuote() && t.get(n + 1).word()) {
            // "…, said Ohio’s early voting period “is generous”": a quotation right after is what was said
            return false;
        }
        return !next.word() || AFTER_INVERTED_SPEAKER.contains(next.lower());
    }

    /** Whether a name, a pronoun or a determiner phrase right after the verb ends the clause: "…, said DeSantis, who …". */
    private static boolean invertedSpeakerFollows(Sentence s, int verb) {
        List<Token> t = s.tokens();
        int k = verb + 1;
        if (k >= t.size() || !t.get(k).word() || t.get(k).inQuote()) {
            return false;
        }
        Token tok = t.get(k);
        if (!tok.capitalised() && !ARTICLE_WORDS.contains(tok.lower()) && !tok.is("he") && !tok.is("she")) {
            return false;
        }
        int[] range = SpeakerPhrases.after(t, k);
        return range != null && endsInvertedSpeaker(t, range[1] + 1);
    }

    private Speaker knownSpeakerBefore(Run run, Sentence s, int verb) {
        List<Token> t = s.tokens();
        int j = verb - 1;
        while (j >= 0 && SKIPPABLE.contains(t.get(j).lower())) {
            j--;
        }
        if (j < 0 || t.get(j).inQuote()) {
            return null;
        }
        Token tok = t.get(j);
        String lower = tok.lower();
        if (tok.text().equals(",")) {
            Speaker head = headBeforeInsertion(run, s, j);
            if (head != null) {
                return head;
            }
            Person.Mention m = run.people.byPhraseEnd.get(tok.start());
            Speaker outer = m != null ? relativeAntecedent(run, s, s.tokenAt(m.phraseStart()), tok.start()) : null;
            if (outer != null) {
                return outer;
            }
            return m != null ? person(m.person(), m.phraseStart(), tok.start(), false) : insertedClause(run, s, j);
        }
        if (lower.equals("he") || lower.equals("she")) {
            return pronoun(run, s, tok);
        }
        Person.Mention m = run.people.byTokenEnd.get(tok.end());
        if (m != null) {
            Speaker outer = relativeAntecedent(run, s, s.tokenAt(m.phraseStart()), tok.end());
            return outer != null ? outer : person(m.person(), premodifiedStart(t, s.tokenAt(m.phraseStart())), tok.end(), false);
        }
        for (SourceFinder.Hit h : run.sources) {
            if (h.end() == tok.end()) {
                // "..., the Meridia news agency said": the article belongs to the attribution, so the content ends at the comma
                int first = s.tokenAt(h.start());
                int start = first > 0 && t.get(first - 1).is("the") ? t.get(first - 1).start() : h.start();
                return new Speaker(List.of(h.name()), ClaimantType.ORGANISATION, null, h.name(), start, h.end(), false);
            }
        }
        ClaimantType groupType = lexicon.groups.get(lower);
        if (groupType != null && !tok.capitalised() || groupType != null && j == 0) {
            return new Speaker(List.of(lower), groupType, null, null, tok.start(), tok.end(), false);
        }
        Speaker government = governmentBefore(run, s, j);
        if (government != null) {
            return government;
        }
        if (ExpertFinder.isNameToken(tok) && !lexicon.stopwords.contains(lower) && lexicon.countryOf(tok.text()) == null
                && !lexicon.organisationWords.contains(lower)) {
            int first = j;
            while (first > 0 && j - first < 3 && ExpertFinder.isNameToken(t.get(first - 1))
                    && !lexicon.stopwords.contains(t.get(first - 1).lower())) {
                first--;
            }
            if (first == j && j > 0 && ExpertFinder.isNameToken(t.get(j - 1))) {
                return null;
            }
            Person p = first == j ? run.people.bySinglePart(tok.text(), tok.start()) : null;
            if (p == null) {
                p = knownOrNewPerson(run, run.text.text(t.get(first).start(), tok.end()), first == j);
            }
            if (p == null) {
                return null;
            }
            return person(p, t.get(first).start(), tok.end(), false);
        }
        return null;
    }

    /**
     * "Ada Holm, who on Tuesday endorsed Lund, said", "Holm, recalling lunches with Mrs. Lund, said", "Sen. Holm (R-Ohio),
     * facing a challenge from Lund, noted": the person at the head of the sentence, closed off by a comma, speaks past
     * the inserted clause and any name inside it. Null when no person opens the sentence or the clause holds a
     * quotation or a semicolon.
     */
    private static final int MAX_HEAD_INSERTION = 40;

    private Speaker headBeforeInsertion(Run run, Sentence s, int closingComma) {
        List<Token> t = s.tokens();
        Person.Mention m = mentionOpening(run, t, subjectStart(t));
        if (m == null) {
            return null;
        }
        int a = s0(t, Math.max(m.end(), m.phraseEnd()));
        if (a < t.size() && t.get(a).text().equals("(")) {
            // "Sen. Holm (R-Ohio),": the party tag belongs to the name
            while (a < t.size() && a < closingComma && !t.get(a).text().equals(")")) {
                a++;
            }
            a++;
        }
        if (a >= closingComma || closingComma - a > MAX_HEAD_INSERTION || !t.get(a).text().equals(",")) {
            return null;
        }
        for (int k = a + 1; k < closingComma; k++) {
            if (t.get(k).inQuote() || t.get(k).text().equals(";")) {
                return null;
            }
        }
        return person(m.person(), m.phraseStart(), t.get(closingComma).start(), false);
    }

    /**
     * "Meg Holm, a former mayor who now runs Baltic Ferries, said": a name at the end of a relative clause is its
     * object; the person before the clause speaks. Null when no "who"/"which" clause after a named person opens
     * before the mention at token {@code first}.
     */
    private Speaker relativeAntecedent(Run run, Sentence s, int first, int end) {
        List<Token> t = s.tokens();
        boolean relative = false;
        for (int k = first - 1; k > 0 && first - k <= MAX_INSERTED_CLAUSE; k--) {
            Token tok = t.get(k);
            if (tok.inQuote() || tok.text().equals(";") || lexicon.reportingVerbs.contains(tok.lower())) {
                return null;
            }
            if (tok.is("who") || tok.is("which") || tok.is("whose")) {
                relative = true;
            } else if (tok.text().equals(",")) {
                Person.Mention m = relative ? run.people.byTokenEnd.get(t.get(k - 1).end()) : null;
                return m == null ? null : person(m.person(), m.phraseStart(), end, false);
            }
        }
        return null;
    }

    /**
     * "Clinton echoed the criticism, saying …": a participle speaks for the subject of its sentence, the
     * first speaker already found in it or else the person or pronoun at its head.
     */
    Speaker participleSpeaker(Run run, Sentence s, int verb, List<String> spokenHere, boolean coordinated) {
        List<Token> t = s.tokens();
        if (verb == 0 || !coordinated && !t.get(verb - 1).text().equals(",")) {
            return null;
        }
        Token at = t.get(verb);
        if (!spokenHere.isEmpty() && run.last != null && run.last.sentence() == s.index()) {
            Draft d = run.last;
            return new Speaker(List.of(d.claimant().split("\u0000")), d.type(), d.person(), d.source(), at.start(), at.end(), false);
        }
        Person subject = subjectOf(run, s);
        if (subject == null) {
            // "On Tuesday, Sanders went further, endorsing …": the subject after a leading adverbial
            Person.Mention m = clauseSubject(run, s);
            subject = m != null && m.end() < at.start() ? m.person() : null;
        }
        if (subject != null) {
            return person(subject, at.start(), at.end(), false);
        }
        if (t.get(0).is("he") || t.get(0).is("she")) {
            Speaker p = pronoun(run, s, t.get(0));
            return p == null ? null : new Speaker(p.claimants(), p.type(), p.person(), null, at.start(), at.end(), true);
        }
        // "Mr. Khan’s parents stiffened their denunciation, saying …": the phrase that opens the sentence
        int[] range = SpeakerPhrases.after(t, subjectStart(t));
        if (range == null || range[1] + 1 >= verb || !t.get(range[1] + 1).word() || t.get(range[1] + 1).inQuote()) {
            return null;
        }
        Speaker opening = phraseSpeaker(run, s, range[0], range[1]);
        return opening == null ? null
                : new Speaker(opening.claimants(), opening.type(), opening.person(), null, at.start(), at.end(), opening.viaPronoun());
    }

    /**
     * The person a capitalised run before or after a speech verb names. A lone word is a person only when the
     * text already knows one by it: "Having said that", "Bureau of Labor" are not people, and a surname alone
     * with no full name is kept as printed by the phrase rules instead.
     */
    private static Person knownOrNewPerson(Run run, String name, boolean singleWord) {
        if (singleWord) {
            return run.people.byKey.get(Lexicon.nameKey(name));
        }
        return run.people.person(name);
    }

    /** The generic phrase ending at token {@code head} as a speaker ("the judge", "Clinton’s campaign"), or null. */
    private Speaker phraseBefore(Run run, Sentence s, int head) {
        List<Token> t = s.tokens();
        if (head >= 0 && t.get(head).is("who")) {
            // "Barkley, who said …": the relative pronoun stands for the phrase before it
            int k = head - 1;
            if (k >= 0 && t.get(k).text().equals(",")) {
                k--;
            }
            Speaker antecedent = k >= 0 ? knownOrPhrase(run, s, k) : null;
            return antecedent == null ? null : antecedent.widenedTo(t.get(head).end());
        }
        int[] range = SpeakerPhrases.before(t, head);
        if (range != null && range[0] >= 2 && PREPOSITIONS.contains(t.get(range[0] - 1).lower())) {
            // "Trump in his announcement speech called …": the phrase is an adjunct; the subject stands before it
            Speaker subject = knownOrPhrase(run, s, range[0] - 2);
            return subject == null ? null : subject.widenedTo(t.get(head).end());
        }
        return range == null ? null : phraseSpeaker(run, s, range[0], range[1]);
    }

    private Speaker knownOrPhrase(Run run, Sentence s, int k) {
        Person.Mention m = run.people.byTokenEnd.get(s.tokens().get(k).end());
        if (m != null) {
            return person(m.person(), m.phraseStart(), s.tokens().get(k).end(), false);
        }
        int[] range = SpeakerPhrases.before(s.tokens(), k);
        return range == null ? null : phraseSpeaker(run, s, range[0], range[1]);
    }

    /** The speaker a phrase names: a pronoun resolved, a known person, else the phrase as printed. */
    private Speaker phraseSpeaker(Run run, Sentence s, int first, int last) {
        List<Token> t = s.tokens();
        Token head = t.get(last);
        String lower = head.lower();
        if (first == last && (lower.equals("he") || lower.equals("she"))) {
            Speaker p = pronoun(run, s, head);
            // nobody the pronoun fits: the words are still someone's, printed as the text names them
            return p != null ? p : new Speaker(List.of(lower), ClaimantType.OTHER, null, null, head.start(), head.end(), true);
        }
        if (first == last && SpeakerPhrases.GROUP_PRONOUNS.contains(lower)) {
            return groupPronoun(run, s, head);
        }
        Person.Mention m = run.people.byTokenEnd.get(head.end());
        if (m != null) {
            return person(m.person(), Math.min(m.phraseStart(), t.get(first).start()), head.end(), false);
        }
        if (first == last && ExpertFinder.isNameToken(head)) {
            Person p = run.people.bySinglePart(head.text(), head.start());
            if (p != null) {
                return person(p, head.start(), head.end(), false);
            }
        }
        int from = first;
        while (from < last && ARTICLE_WORDS.contains(t.get(from).lower())) {
            from++;
        }
        String name = run.text.text(t.get(from).start(), head.end());
        ClaimantType type = lexicon.groups.get(lower);
        if (type == null) {
            // a lone capitalised word may be a surname ("Barkley said"); only longer names or organisation words are bodies
            type = head.capitalised() && from < last || lexicon.organisationWords.contains(lower) ? ClaimantType.ORGANISATION
                    : ClaimantType.OTHER;
        }
        return new Speaker(List.of(name), type, null, null, t.get(first).start(), head.end(), false);
    }

    /** "they said", "we believe", "I said": the last group that spoke for "they" or "it", else the pronoun as printed. */
    private Speaker groupPronoun(Run run, Sentence s, Token tok) {
        Speaker subject = tok.is("they") ? pluralSubject(run, s, tok) : null;
        if (subject != null) {
            return subject;
        }
        if ((tok.is("they") || tok.is("it")) && run.last != null && run.last.person() == null && run.last.paragraph() >= s.paragraph() - 1
                && !SpeakerPhrases.GROUP_PRONOUNS.contains(run.last.claimant().toLowerCase(Locale.ROOT))) {
            return new Speaker(List.of(run.last.claimant()), run.last.type(), null, null, tok.start(), tok.end(), true);
        }
        String printed = tok.text().equals("i") ? "I" : tok.text();
        return new Speaker(List.of(printed), ClaimantType.OTHER, null, null, tok.start(), tok.end(), true);
    }

    /**
     * "Democrats focused on what they said …", "Clinton aides expressed frustration, a step they believe …": "they"
     * after the plural phrase that is the subject of its own sentence is that group.
     */
    /** Words ending like plurals that name no group: "Sometimes they say …". */
    private static final Set<String> NOT_GROUPS = Set.of("sometimes", "always", "perhaps", "nevertheless", "regardless",
            "besides", "afterwards", "nonetheless", "thus", "news", "efforts", "results", "numbers", "things", "times");

    private Speaker pluralSubject(Run run, Sentence s, Token pronoun) {
        List<Token> t = s.tokens();
        int[] range = SpeakerPhrases.after(t, subjectStart(t));
        if (range == null) {
            return null;
        }
        int last = range[1];
        while (last > range[0] && !t.get(last).capitalised() && t.get(last).lower().endsWith("ed")) {
            // "Other Republicans echoed": the phrase ran on into its verb
            last--;
        }
        Token head = t.get(last);
        if (head.end() >= pronoun.start() || head.inQuote() || NOT_GROUPS.contains(head.lower())
                || !(SpeakerPhrases.isPlural(head.lower()) || lexicon.groups.containsKey(head.lower()))) {
            return null;
        }
        int from = range[0];
        while (from < last && ARTICLE_WORDS.contains(t.get(from).lower())) {
            from++;
        }
        String name = run.text.text(t.get(from).start(), head.end());
        if (lexicon.countryOf(name) != null || run.people.byTokenEnd.containsKey(head.end())) {
            return null;
        }
        ClaimantType type = lexicon.groups.getOrDefault(head.lower(), ClaimantType.OTHER);
        return new Speaker(List.of(name), type, null, null, pronoun.start(), pronoun.end(), true);
    }

    /**
     * "Peter Otieno, who heads the committee, told …", "Otieno, a former engineer, said …": a relative clause
     * or an appositive the name finder did not attach, between commas right after a named person.
     */
    private Speaker insertedClause(Run run, Sentence s, int closingComma) {
        List<Token> t = s.tokens();
        for (int k = closingComma - 2; k > 0 && closingComma - k <= MAX_INSERTED_CLAUSE; k--) {
            Token tok = t.get(k);
            if (tok.inQuote() || lexicon.reportingVerbs.contains(tok.lower()) || tok.text().equals(";")) {
                return null;
            }
            if (tok.text().equals(",")) {
                Token opener = t.get(k + 1);
                Person.Mention m = run.people.byTokenEnd.get(t.get(k - 1).end());
                if (m == null || !(opener.is("who") || opener.is("a") || opener.is("an") || opener.is("the"))) {
                    return null;
                }
                return person(m.person(), m.phraseStart(), t.get(closingComma).start(), false);
            }
        }
        return null;
    }

    Speaker speakerAfter(Run run, Sentence s, int verb) {
        Speaker after = speakerAfter(run, s, verb, true);
        if (after == null || after.viaPronoun()) {
            return after;
        }
        // "…, said economic stagnation is the source …": a phrase with a verb of its own after it is the subject of
        // what was said, not an inverted speaker
        int last = s.tokenAt(after.phraseEnd());
        return endsInvertedSpeaker(s.tokens(), last) ? after : null;
    }

    /** The speaker named right after the verb; with {@code anyPhrase}, any noun phrase when no known name is there. */
    Speaker speakerAfter(Run run, Sentence s, int verb, boolean anyPhrase) {
        List<Token> t = s.tokens();
        int k = verb + 1;
        if (k >= t.size() || t.get(k).inQuote()) {
            return null;
        }
        Token tok = t.get(k);
        String lower = tok.lower();
        if (lower.equals("he") || lower.equals("she")) {
            return pronoun(run, s, tok);
        }
        Person.Mention m = run.people.byTokenStart.get(tok.start());
        if (m != null) {
            return person(m.person(), tok.start(), m.phraseEnd(), false);
        }
        ClaimantType groupType = lexicon.groups.get(lower);
        if (groupType != null) {
            return new Speaker(List.of(lower), groupType, null, null, tok.start(), tok.end(), false);
        }
        int n = countryLength(run.text, t, k);
        if (n > 0) {
            String country = lexicon.countryOf(run.text.text(tok.start(), t.get(k + n - 1).end()));
            return new Speaker(List.of(country), ClaimantType.GOVERNMENT, null, null, tok.start(), t.get(k + n - 1).end(), false);
        }
        if (ExpertFinder.isNameToken(tok) && !lexicon.stopwords.contains(lower)) {
            int last = k;
            while (last + 1 < t.size() && last - k < 3 && ExpertFinder.isNameToken(t.get(last + 1))) {
                last++;
            }
            Person p = last == k ? run.people.bySinglePart(tok.text(), tok.start()) : null;
            if (p == null) {
                p = knownOrNewPerson(run, run.text.text(tok.start(), t.get(last).end()), last == k);
            }
            if (p != null) {
                return person(p, tok.start(), t.get(last).end(), false);
            }
        }
        if (!anyPhrase) {
            return null;
        }
        // "…, said a spokeswoman for the authority.": any phrase, as printed
        int[] range = SpeakerPhrases.after(t, k);
        return range == null ? null : phraseSpeaker(run, s, range[0], range[1]);
    }

    /** "according to X": a person or group speaks; an outlet is only the source. */
    Speaker accordingTo(Run run, Sentence s, int k) {
        List<Token> t = s.tokens();
        while (k < t.size() && (t.get(k).is("the") || t.get(k).is("a") || t.get(k).lower().startsWith("state")
                || t.get(k).is("official") || t.get(k).is("independent"))) {
            k++;
        }
        if (k >= t.size() || t.get(k).inQuote()) {
            return null;
        }
        Token tok = t.get(k);
        for (SourceFinder.Hit h : run.sources) {
            if (h.start() <= tok.start() && tok.start() < h.end()) {
                return new Speaker(List.of(h.name()), ClaimantType.ORGANISATION, null, h.name(), tok.start(), h.end(), false)
                        .withSourceOnly();
            }
        }
        Speaker after = speakerAfter(run, s, k - 1, false);
        if (after != null) {
            return after;
        }
        // "according to a new poll by the Institute of Politics", "according to his Facebook profile": the
        // phrase up to the clause break names the source as printed
        int last = k;
        while (last + 1 < t.size() && last + 1 - k < MAX_ACCORDING_PHRASE && !t.get(last + 1).inQuote()
                && (t.get(last + 1).word() || ExpertFinder.isPossessive(t.get(last + 1)))) {
            last++;
        }
        if (!t.get(k).word() || ExpertFinder.isPossessive(t.get(k))) {
            return null;
        }
        int from = s.tokenAt(t.get(k).start());
        while (from > 0 && (t.get(from - 1).is("the") || t.get(from - 1).is("a"))) {
            from--;
        }
        String name = run.text.text(t.get(k).start(), t.get(last).end());
        ClaimantType type = tok.capitalised() ? ClaimantType.ORGANISATION : ClaimantType.OTHER;
        return new Speaker(List.of(name), type, null, null, t.get(from).start(), t.get(last).end(), false);
    }

    private Speaker governmentBefore(Run run, Sentence s, int j) {
        List<Token> t = s.tokens();
        ArticleText text = run.text;
        // "Russia’s foreign ministry said", "the Chinese government said"
        String body = t.get(j).lower();
        if (j > 0 && GOVERNMENT_BODIES.contains(t.get(j - 1).lower() + " " + body)) {
            body = t.get(j - 1).lower() + " " + body;
            j--;
        }
        if (GOVERNMENT_BODIES.contains(body) && j > 0) {
            int k = j - 1;
            if (k >= 0 && ExpertFinder.isPossessive(t.get(k))) {
                k--;
            }
            for (int n = 1; n <= 3 && k - n + 1 >= 0; n++) {
                String c = lexicon.countryOf(text.text(t.get(k - n + 1).start(), t.get(k).end()));
                if (c != null) {
                    int start = k - n + 1 > 0 && t.get(k - n).is("the") ? t.get(k - n).start() : t.get(k - n + 1).start();
                    return new Speaker(List.of(c), ClaimantType.GOVERNMENT, null, null, start, t.get(j).end(), false);
                }
            }
            return null;
        }
        List<String> countries = new ArrayList<>();
        int k = j;
        int start = -1;
        while (k >= 0) {
            int n = countryLengthEndingAt(text, t, k);
            if (n == 0) {
                break;
            }
            String c = lexicon.countryOf(text.text(t.get(k - n + 1).start(), t.get(k).end()));
            if (!countries.contains(c)) {
                countries.add(0, c);
            }
            start = t.get(k - n + 1).start();
            k -= n;
            if (k >= 0 && (t.get(k).is("and") || t.get(k).text().equals(","))) {
                k--;
                if (k >= 0 && t.get(k).text().equals(",") ) {
                    k--;
                }
            } else {
                break;
            }
        }
        if (countries.isEmpty()) {
            return null;
        }
        // the country list must be the subject: sentence start, "the", "(", or a clause break before it
        if (k >= 0) {
            Token prev = t.get(k);
            if (!(prev.is("the") || prev.is("both") || prev.text().equals("(") || prev.text().equals(",")
                    || prev.is("that") || prev.is("but") || prev.is("and") || prev.text().equals(";"))) {
                return null;
            }
            if (prev.is("the")) {
                start = prev.start();
            }
        }
        return new Speaker(List.copyOf(countries), ClaimantType.GOVERNMENT, null, null, start, t.get(j).end(), false);
    }

    /**
     * "he said" / "she said": the person just introduced as a subject, else the last person quoted, else the
     * last person named; each only when the pronoun fits what the text tells of them (title, role word or a
     * common given name).
     */
    private Speaker pronoun(Run run, Sentence s, Token tok) {
        char wanted = tok.is("she") ? 'f' : 'm';
        Person here = subjectBefore(run, s, tok, wanted);
        if (here == null) {
            here = adverbialSubject(run, s, tok, wanted);
        }
        if (here != null) {
            // "Trump was defending his plan when he told …": the subject of the pronoun's own sentence; "Although Holm
            // was not charged, he …", "As for Holm, he …": the person the opening clause is about
            return person(here, tok.start(), tok.end(), true);
        }
        // "Trade Minister X spoke next. “...,” he promised.": the subject just introduced is nearer than the last speaker
        if (run.introduced != null && run.introducedSentence >= s.index() - 1
                && (run.last == null || run.last.sentence() < run.introducedSentence) && fits(run, run.introduced, wanted)
                && personLike(run, run.introduced)) {
            return person(run.introduced, tok.start(), tok.end(), true);
        }
        Person subject = recentSubject(run, s, wanted);
        if (subject != null) {
            // "X said …. Y, who chairs the board, disagreed. “…,” he said.": a person made the subject of a sentence
            // after the last speaker's is who the story has turned to
            return person(subject, tok.start(), tok.end(), true);
        }
        Person named = lastNamed(run, s, tok.start(), wanted);
        boolean speakerFits = run.lastPerson != null && run.lastPersonParagraph >= s.paragraph() - 2
                && fits(run, run.lastPerson, wanted);
        // a pronoun continues the person quoted in this or the last paragraph, even past another name of the same
        // gender ("X said … Y had inspected it. “…,” she said." is X); further back a named subject is nearer
        if (speakerFits && (named == null || named == run.lastPerson || !Gender.known(gender(run, named))
                || run.lastPersonParagraph >= s.paragraph() - 1)) {
            return person(run.lastPerson, tok.start(), tok.end(), true);
        }
        if (named != null) {
            return person(named, tok.start(), tok.end(), true);
        }
        if (speakerFits) {
            return person(run.lastPerson, tok.start(), tok.end(), true);
        }
        return lastNamedSpeaker(run, s, tok);
    }

    /**
     * "Per Holm, an adviser, said … “…,” he said.": a speaker named by a capitalised phrase the people list does
     * not hold, who spoke in this or the previous sentence, is who a later "he" or "she" of the paragraph is.
     */
    private Speaker lastNamedSpeaker(Run run, Sentence s, Token tok) {
        Draft last = run.last;
        if (last == null || last.person() != null || last.paragraph() != s.paragraph() || last.sentence() < s.index() - 1
                || last.type() != ClaimantType.ORGANISATION && last.type() != ClaimantType.OTHER) {
            return null;
        }
        String name = last.claimant();
        if (name.indexOf('\u0000') >= 0 || name.isEmpty() || !Character.isUpperCase(name.charAt(0))
                || lexicon.groups.containsKey(name.toLowerCase(Locale.ROOT)) || lexicon.countryOf(name) != null) {
            return null;
        }
        return new Speaker(List.of(name), last.type(), null, last.source(), tok.start(), tok.end(), true);
    }

    /** The person named last before the offset, in this paragraph or the one before, whom the pronoun fits. */
    private Person lastNamed(Run run, Sentence s, int before, char wanted) {
        List<Person.Mention> mentions = run.people.mentions;
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int minSentence = s.index();
        while (minSentence > 0 && run.text.sentences().get(minSentence - 1).paragraph() >= s.paragraph() - 1
                && s.index() - minSentence < 12) {
            minSentence--;
        }
        for (int k = lo - 1; k >= 0 && lo - k <= 12; k--) {
            Person.Mention m = mentions.get(k);
            if (m.sentence() < minSentence) {
                break;
            }
            if (fits(run, m.person(), wanted) && !modifierOrObject(run.text, m) && personLike(run, m.person())) {
                return m.person();
            }
        }
        return null;
    }

    private static final Set<String> OBJECT_MARKERS = Set.of("of", "to", "with", "by", "against", "for", "at", "on",
            "about", "from", "over", "than", "like", "behind", "toward", "towards", "into", "under", "among", "between",
            "including", "beside", "alongside", "unlike", "past");

    /** "Obama’s actions", "a letter to Obama": mentions that are not the subject a later pronoun goes back to. */
    private static boolean modifierOrObject(ArticleText text, Person.Mention m) {
        String body = text.body;
        if (m.end() + 1 < body.length() && (body.charAt(m.end()) == '’' || body.charAt(m.end()) == '\'')) {
            return true;
        }
        int b = m.phraseStart() - 1;
        while (b >= 0 && body.charAt(b) == ' ') {
            b--;
        }
        if (b > 0 && body.charAt(b) == '.') {
            // "behind Mr. Leal": the abbreviated title stands between the marker and the name
            int t = b - 1;
            while (t >= 0 && Character.isLetter(body.charAt(t))) {
                t--;
            }
            if (b - t <= 5 && t < b - 1 && Character.isUpperCase(body.charAt(t + 1))) {
                b = t;
                while (b >= 0 && body.charAt(b) == ' ') {
                    b--;
                }
            }
        }
        int a = b;
        while (a >= 0 && Character.isLetter(body.charAt(a))) {
            a--;
        }
        return b > a && OBJECT_MARKERS.contains(body.substring(a + 1, b + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the text shows a capitalised run names a person before a pronoun may stand for it: a known gender
     * (title, role word, given name), a role, or having spoken. "Boca Raton", "Compaq Computer" show none.
     */
    private boolean personLike(Run run, Person p) {
        return p.confirmed || p.role != null || Gender.known(gender(run, p));
    }

    private boolean fits(Run run, Person p, char wanted) {
        char g = gender(run, p);
        return !Gender.known(g) || g == wanted;
    }

    private char gender(Run run, Person p) {
        return run.genders.computeIfAbsent(p, q -> Gender.of(q, run.text, lexicon));
    }

    /** Words that may open a sentence before its subject: "But …", "Still, …". */
    private static final Set<String> SENTENCE_LINKS = Set.of("but", "and", "so", "yet", "still", "meanwhile", "now",
            "instead", "however", "then", "also");
    /** Words that open a leading adverbial phrase ended by a comma: "On Thursday, …", "In the interview, …". */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("on", "in", "at", "during", "after", "before", "earlier",
            "later", "last", "this", "when", "while", "since", "as", "asked", "speaking", "writing", "for", "with", "like",
            "unlike", "despite", "although", "though", "if", "once", "until", "from", "by", "over", "within");
    /** Verbs after which a named person opens the reported clause: "Aides said Mr. Obama was haunted …". */
    private static final Set<String> CLAUSE_VERBS = Set.of("said", "says", "say", "added", "noted", "believe",
            "believes", "believed", "think", "thinks", "thought", "insisted", "argued", "wrote", "claimed");

    /**
     * The person named as the subject of sentence {@code s}: at its head after a link word or a leading
     * adverbial ("On Thursday, Sanders …"), or else at the head of the clause a speech verb reports
     * ("Aides said Mr. Obama was …"). Constant work: a few tokens at the sentence start.
     */
    private Person.Mention clauseSubject(Run run, Sentence s) {
        List<Token> t = s.tokens();
        int k0 = subjectStart(t);
        Person.Mention head = mentionOpening(run, t, k0);
        if (head != null || k0 >= t.size() || !t.get(k0).word() || t.get(k0).inQuote()) {
            return head;
        }
        for (int k = k0 + 1; k < t.size() && k - k0 <= MAX_SUBJECT_TOKENS; k++) {
            Token tok = t.get(k);
            if (tok.inQuote() || tok.text().equals(",")) {
                return null;
            }
            if (CLAUSE_VERBS.contains(tok.lower())) {
                int c = k + 1 < t.size() && t.get(k + 1).is("that") ? k + 2 : k + 1;
                return mentionOpening(run, t, c);
            }
        }
        return null;
    }

    /** Index of the token where the subject starts, after a link word and a leading adverbial ended by a comma. */
    private static int subjectStart(List<Token> t) {
        int k0 = 0;
        if (k0 < t.size() && SENTENCE_LINKS.contains(t.get(k0).lower())) {
            k0++;
            if (k0 < t.size() && t.get(k0).text().equals(",")) {
                k0++;
            }
        }
        if (k0 < t.size() && (ADVERBIAL_OPENERS.contains(t.get(k0).lower()) || participleOpener(t.get(k0)))) {
            int c = k0 + 1;
            while (c < t.size() && c - k0 < 12 && !t.get(c).text().equals(",") && !t.get(c).inQuote()) {
                c++;
            }
            if (c < t.size() && t.get(c).text().equals(",")) {
                k0 = c + 1;
            }
        }
        return k0;
    }

    /** "Facing mounting criticism, …", "Leaning into her message, …": a participle opening the sentence. */
    private static boolean participleOpener(Token tok) {
        String w = tok.lower();
        return tok.capitalised() && w.length() > 5 && w.endsWith("ing") && !tok.inQuote();
    }

    /** The person whose mention (title included) opens the phrase at token {@code k0} and is not a possessive. */
    private static Person.Mention mentionOpening(Run run, List<Token> t, int k0) {
        if (k0 >= t.size() || !t.get(k0).word() || t.get(k0).inQuote()) {
            return null;
        }
        for (int k = k0; k < Math.min(t.size(), k0 + MAX_SUBJECT_TOKENS); k++) {
            Person.Mention m = run.people.byTokenStart.get(t.get(k).start());
            if (m != null && (m.phraseStart() <= t.get(k0).start() || k == k0 + 2 && SpeakerPhrases.abbreviatedTitleAt(t, k0)
                    || premodified(t, k0, k, m))) {
                // "Mr. Obama": an abbreviated title the mention does not include is still part of the subject
                int after = s0(t, m.end());
                return after < t.size() && ExpertFinder.isPossessive(t.get(after)) ? null : m;
            }
            if (t.get(k).text().equals(",")) {
                break;
            }
        }
        return null;
    }

    /**
     * "Retired Army Col. Ada Holm", "The Daily Courier columnist Ada Holm": capitalised words, abbreviated titles and
     * the person's own title phrase between the head of the phrase at {@code k0} and the name at {@code k}.
     */
    private static boolean premodified(List<Token> t, int k0, int k, Person.Mention m) {
        for (int j = k0; j < k; j++) {
            Token tok = t.get(j);
            boolean ok = tok.start() >= m.phraseStart() || tok.text().equals(".") && j > k0
                    || tok.word() && (tok.capitalised() || j == k0 && tok.is("the")) && !ExpertFinder.isPossessive(tok);
            if (!ok || tok.inQuote()) {
                return false;
            }
        }
        return true;
    }

    private static int s0(List<Token> t, int offset) {
        int k = 0;
        while (k < t.size() && t.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    /**
     * The person who opens a leading clause ("When Holm arrived, he said", "As for Holm, he said") when the pronoun is
     * the subject right after it; null for a possessive or when no person fits.
     */
    private Person adverbialSubject(Run run, Sentence s, Token pronoun, char wanted) {
        List<Token> t = s.tokens();
        int k0 = subjectStart(t);
        if (k0 < 2 || k0 >= t.size() || t.get(k0) != pronoun || !ADVERBIAL_OPENERS.contains(t.get(0).lower())) {
            return null;
        }
        int k = t.get(1).is("for") || t.get(1).is("the") ? 2 : 1;
        Person.Mention m = run.people.byTokenStart.get(t.get(k).start());
        if (m == null || m.end() >= pronoun.start()) {
            return null;
        }
        int after = s0(t, m.end());
        return after < t.size() && !ExpertFinder.isPossessive(t.get(after)) && fits(run, m.person(), wanted)
                ? m.person() : null;
    }

    /** The subject of the pronoun's own sentence, when it is named before the pronoun and fits it. */
    private Person subjectBefore(Run run, Sentence s, Token pronoun, char wanted) {
        Person.Mention m = clauseSubject(run, s);
        return m != null && m.end() < pronoun.start() && fits(run, m.person(), wanted) ? m.person() : null;
    }

    /**
     * The person made the subject of a sentence after the last speaker's last claim, in this or the previous
     * paragraph (at most 6 sentences back), when the pronoun fits them; null when the last speaker is nearer.
     */
    private Person recentSubject(Run run, Sentence s, char wanted) {
        List<Sentence> all = run.text.sentences();
        int claim = run.claims.size() - 1;
        for (int j = s.index() - 1; j >= 0 && s.index() - j <= 6; j--) {
            Sentence p = all.get(j);
            if (p.paragraph() < s.paragraph() - 1) {
                return null;
            }
            while (claim >= 0 && run.claims.get(claim).sentence() > j) {
                claim--;
            }
            for (int c = claim; c >= 0 && run.claims.get(c).sentence() == j; c--) {
                if (run.lastPerson != null && run.claims.get(c).person() == run.lastPerson) {
                    return null;
                }
            }
            if (p.heading()) {
                continue;
            }
            Person.Mention m = clauseSubject(run, p);
            if (m != null && fits(run, m.person(), wanted)) {
                return m.person();
            }
        }
        return null;
    }

    Speaker person(Person p, int phraseStart, int phraseEnd, boolean viaPronoun) {
        p.confirmed = true;
        return new Speaker(List.of(p.name), p.claimantType(), p, null, phraseStart, phraseEnd, viaPronoun);
    }

    /** For "the rounds of ammunition that analysts believe have been sent", the noun phrase the clause is about. */
    String relativeHead(ArticleText text, Sentence s, int speakerStart) {
        List<Token> t = s.tokens();
        int k = s.tokenAt(speakerStart) - 1;
        if (k < 1 || !t.get(k).is("that") && !t.get(k).is("which")) {
            return null;
        }
        int end = k - 1;
        int start = end;
        while (start - 1 >= 0 && end - start < 8 && t.get(start - 1).word() && !t.get(start - 1).inQuote()
                && !RELATIVE_BOUNDARIES.contains(t.get(start - 1).lower()) && !lexicon.reportingVerbs.contains(t.get(start - 1).lower())) {
            start--;
        }
        if (end < 0 || !t.get(end).word()) {
            return null;
        }
        return text.text(t.get(start).start(), t.get(end).end());
    }

    private int countryLength(ArticleText text, List<Token> t, int k) {
        for (int n = Math.min(lexicon.longestCountryWords, t.size() - k); n >= 1; n--) {
            if (t.get(k + n - 1).word() && lexicon.countryOf(text.text(t.get(k).start(), t.get(k + n - 1).end())) != null) {
                return n;
            }
        }
        return 0;
    }

    private int countryLengthEndingAt(ArticleText text, List<Token> t, int k) {
        if (!t.get(k).word() || !Character.isUpperCase(t.get(k).text().charAt(0))) {
            return 0;
        }
        for (int n = Math.min(lexicon.longestCountryWords, k + 1); n >= 1; n--) {
            if (lexicon.countryOf(text.text(t.get(k - n + 1).start(), t.get(k).end())) != null) {
                return n;
            }
        }
        return 0;
    }
}

package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds attributed claims: direct quotes in their usual layouts, reported speech after a cue verb or
 * "according to", claims by governments and groups, quote chains continued by pronouns, and denials
 * linked to the claims they deny.
 */
final class ClaimFinder {

    /** A claim as found, before it is turned into the public record. */
    record Draft(String text, ClaimKind kind, Stance stance, String claimant, ClaimantType type, Person person,
                 String source, int sentence, int paragraph, List<Integer> respondsTo) {
    }

    /** Who is speaking, and which part of the sentence the attribution covers. */
    private record Speaker(List<String> claimants, ClaimantType type, Person person, String source, int phraseStart,
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

    private static final Set<String> SKIPPABLE = Set.of("both", "also", "has", "had", "have", "reportedly", "later",
            "previously", "further", "then", "once", "repeatedly", "recently", "publicly", "privately", "again", "all",
            "separately", "firmly", "flatly", "strongly", "quickly", "immediately", "would", "will", "may", "might",
            "could", "can", "does", "did", "do", "not", "never", "earlier", "often", "long", "jointly");
    private static final Set<String> PASSIVE = Set.of("is", "was", "are", "were", "be", "been", "being");
    private static final Set<String> TO_ALLOWED = Set.of("told", "tell", "tells", "explained", "said", "says", "wrote",
            "write", "writes", "want", "wants", "wanted", "promise", "promises", "promised", "vow", "vows", "vowed",
            "pledge", "pledges", "pledged", "refuse", "refuses", "refused", "decline", "declines", "declined", "agree",
            "agrees", "agreed", "threaten", "threatens", "threatened", "hope", "hopes", "hoped", "plan", "plans", "planned",
            "offer", "offers", "offered", "decide", "decides", "decided");
    private static final Set<String> GOVERNMENT_BODIES = Set.of("government", "ministry", "military", "embassy",
            "army", "regime", "administration", "cabinet", "parliament", "foreign ministry", "defence ministry",
            "defense ministry", "state media", "authorities", "leadership", "presidency");
    private static final Set<String> ANAPHORIC = Set.of("this", "that", "it", "the claim", "the claims", "the report",
            "the reports", "the allegation", "the allegations", "the accusation", "the accusations", "such claims",
            "such reports", "the charge", "the charges", "these claims", "those claims");
    private static final Set<String> RELATIVE_BOUNDARIES = Set.of("to", "in", "on", "at", "for", "with", "from",
            "by", "about", "than", "that", "which", "and", "but", ",");
    /** Verbs that attribute words only when a quotation follows: "called the tariff “a gift to smugglers”". */
    private static final Set<String> QUOTING_VERBS = Set.of("called", "calls", "call", "described", "describes",
            "describe", "termed", "terms", "dubbed", "dubs", "labelled", "labeled", "labels", "branded", "brands");
    /** How far into a sentence a named subject may start once a title or appositive precedes it. */
    private static final int MAX_SUBJECT_TOKENS = 6;
    private static final int MIN_LONG_QUOTE_WORDS = 4;
    private static final int MAX_INSERTED_CLAUSE = 16;
    private static final Set<String> ARTICLE_WORDS = Set.of("a", "an", "the");
    private static final int MAX_ACCORDING_PHRASE = 12;
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    /** Verbs that may follow what was said ("…, the senator said."); others ("In May, X asked Y to …") never do. */
    private static final Set<String> CONTENT_FIRST_VERBS = Set.of("say", "says", "said", "told", "tells", "add", "adds",
            "added", "write", "writes", "wrote", "explain", "explains", "explained", "note", "notes", "noted", "argue",
            "argues", "argued", "warn", "warns", "warned", "insist", "insists", "insisted", "acknowledge",
            "acknowledges", "acknowledged", "concede", "concedes", "conceded", "claim", "claims", "claimed", "stress",
            "stresses", "stressed", "predict", "predicts", "predicted", "recall", "recalls", "recalled", "reply",
            "replies", "replied", "tweet", "tweets", "tweeted", "ask", "asks", "asked", "declare", "declares",
            "declared", "report", "reports", "reported", "believe", "believes", "believed", "think", "thinks",
            "thought", "suggest", "suggests", "suggested", "contend", "contends", "contended", "admit", "admits",
            "admitted", "observe", "observes", "observed", "complain", "complains", "complained", "conclude",
            "concludes", "concluded", "estimate", "estimates", "estimated", "confirm", "confirms", "confirmed",
            "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised", "assert", "asserts",
            "asserted", "respond", "responds", "responded");
    /** Verbs of intent or will: attributions when the subject states them, not when a modal makes them a guess. */
    private static final Set<String> INTENT_VERBS = Set.of("want", "wants", "wanted", "agree", "agrees", "agreed",
            "refuse", "refuses", "refused", "decline", "declines", "declined", "pledge", "pledges", "pledged", "promise",
            "promises", "promised", "vow", "vows", "vowed", "threaten", "threatens", "threatened", "hope", "hopes",
            "hoped", "plan", "plans", "planned", "support", "supports", "supported", "oppose", "opposes", "opposed",
            "offer", "offers", "offered", "decide", "decides", "decided");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "will", "should", "can", "must");
    /** Verbs whose content is their object phrase: "praised the plan", "cited a 2013 memo". */
    private static final Set<String> OBJECT_VERBS = Set.of("criticize", "criticizes", "criticized", "criticise",
            "criticises", "criticised", "praise", "praises", "praised", "cite", "cites", "cited", "defend", "defends",
            "defended", "blame", "blames", "blamed", "describe", "describes", "described", "mention", "mentions",
            "mentioned", "propose", "proposes", "proposed", "hail", "hails", "hailed", "demand", "demands",
            "demanded", "recommend", "recommends", "recommended", "accuse", "accuses", "accused", "fear", "fears",
            "feared", "reveal", "reveals", "revealed", "questioned", "posted", "announce", "announces", "announced",
            "support", "supports", "supported", "oppose", "opposes", "opposed", "criticizing", "criticising", "praising",
            "citing", "defending", "blaming", "describing", "mentioning", "proposing", "hailing", "demanding",
            "recommending", "accusing", "revealing", "announcing", "supporting", "opposing");
    /** Verbs of taking sides, whose content is what they take sides on: "endorsed the senator", "mocked the plan". */
    private static final Set<String> STANCE_VERBS = Set.of(
            "applaud", "applauded", "applauding", "applauds", "assail", "assailed", "assailing", "assails",
            "attacked", "attacking", "attacks", "backed", "backing", "blasted", "blasting", "blasts", "challenged",
            "challenges", "challenging", "championed", "championing", "champions", "condemn", "condemned",
            "condemning", "condemns", "decried", "decries", "decry", "decrying", "denounce", "denounced",
            "denounces", "denouncing", "embraced", "embraces", "embracing", "endorse", "endorsed", "endorses",
            "endorsing", "lambaste", "lambasted", "lambastes", "lambasting", "mocked", "mocking", "mocks", "rebuke",
            "rebuked", "rebukes", "rebuking", "ridiculed", "ridicules", "ridiculing", "slammed", "slamming", "slams",
            "tout", "touted", "touting", "touts", "welcomed", "welcomes", "welcoming");
    private static final Set<String> ADJUNCT_STARTS = Set.of("on", "in", "at", "during", "after", "before", "while",
            "when", "because", "despite", "since", "ahead", "even", "earlier", "yesterday", "today",
            "saying", "calling", "adding", "but", "and", "which", "who", "as", "amid", "to");
    private static final int MAX_OBJECT_TOKENS = 14;
    /** Verbs that attribute only with their particle, and whose content is the object after it ("pointed to the polls"). */
    private static final java.util.Map<String, Set<String>> PARTICLE_VERBS = particleVerbs();

    private static java.util.Map<String, Set<String>> particleVerbs() {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String v : List.of("point", "points", "pointed", "pointing")) {
            out.put(v, Set.of("to", "out"));
        }
        for (String v : List.of("refer", "refers", "referred", "referring")) {
            out.put(v, Set.of("to"));
        }
        for (String v : List.of("talk", "talks", "talked", "talking", "spoke", "speaks", "speaking")) {
            out.put(v, Set.of("about"));
        }
        return java.util.Map.copyOf(out);
    }

    /** Words that open an indirect question: "questioned whether …", "knew why …". */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "who", "when");
    private static final Set<String> ASKING_VERBS = Set.of("ask", "asks", "asked", "asking", "wonder", "wonders",
            "wondered", "wondering");
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final Set<String> DASH_BREAKS = Set.of("except", "even", "then", "especially", "but");

    /** Words after a comma that open a contrasting clause of the writer's ("…, while critics …"). */
    private static final Set<String> CONCESSIVE_STARTS = Set.of("while", "whereas", "although", "though", "despite");
    /** A reported clause longer than this is more than one proposition, so a short quote in it is claimed alone. */
    private static final int MAX_CLAUSE_WORDS = 40;
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "with", "from",
            "for", "over", "by", "through", "via");
    /** Verbs that report something only with a "that" clause: "the poll found that …", "she knew that …". */
    private static final Set<String> THAT_REQUIRED = Set.of("find", "finds", "found", "know", "knows", "knew",
            "questioned", "state", "states");
    /** Forms of speech verbs that are more often nouns ("his home state", "campaign promises"). */
    private static final Set<String> NOUN_LIKE_VERBS = Set.of("state", "states", "report", "reports", "claim", "claims",
            "note", "notes", "estimate", "estimates", "promise", "promises", "pledge", "pledges", "thank", "thanks",
            "reply", "replies", "stress", "stresses", "recall", "recalls", "vow", "vows", "hope", "hopes", "consider",
            "expect", "expects", "concern", "concerns", "comment", "comments", "tweet", "tweets", "plan", "plans",
            "support", "supports");

    private final Lexicon lexicon;
    /**
     * Every word that can start an attribution (speech, denial and labelling verbs, "according", "call"): one
     * lookup tells most tokens of a sentence apart from cues, instead of one lookup per word list.
     */
    private final Set<String> cueWords;

    ClaimFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        Set<String> cues = new java.util.HashSet<>(lexicon.reportingVerbs);
        cues.addAll(lexicon.denialVerbs);
        cues.addAll(QUOTING_VERBS);
        cues.addAll(List.of("according", "call", "calls", "called", "calling"));
        this.cueWords = cues;
    }

    /** Per-article state: the running speaker chain that pronouns and bare quotes continue. */
    private final class Run {
        final ArticleText text;
        final ExpertFinder.People people;
        final List<SourceFinder.Hit> sources;
        final List<Draft> claims = new ArrayList<>();
        /** Start offsets of the quotations already turned into claims. */
        final Set<Integer> usedQuotes = new java.util.HashSet<>();
        Draft last;
        /** The person a claimless sentence just introduced as its subject ("X, a professor at Y, was blunt."). */
        Person introduced;
        int introducedSentence = -10;
        Person lastPerson;
        int lastPersonParagraph = -10;
        /** Whether the claim being made comes from a labelling verb ("called the plan “reckless”"): the quote is the claim. */
        boolean labelling;
        final java.util.Map<Person, Character> genders = new java.util.HashMap<>();

        Run(ArticleText text, ExpertFinder.People people, List<SourceFinder.Hit> sources) {
            this.text = text;
            this.people = people;
            this.sources = sources;
        }
    }

    List<Draft> find(ArticleText text, ExpertFinder.People people, List<SourceFinder.Hit> sources) {
        Run run = new Run(text, people, sources);
        int hitIndex = 0;
        for (Sentence s : text.sentences()) {
            List<SourceFinder.Hit> sentenceSources = new ArrayList<>();
            while (hitIndex < sources.size() && sources.get(hitIndex).sentence() < s.index()) {
                hitIndex++;
            }
            for (int h = hitIndex; h < sources.size() && sources.get(h).sentence() == s.index(); h++) {
                sentenceSources.add(sources.get(h));
            }
            if (s.heading()) {
                continue;
            }
            int before = run.claims.size();
            findInSentence(run, s, sentenceSources);
            if (run.claims.size() == before) {
                Person subject = subjectOf(run, s);
                if (!quoteAfterIntroduction(run, s, subject)) {
                    continueChain(run, s);
                }
                if (run.claims.size() == before && subject != null) {
                    run.introduced = subject;
                    run.introducedSentence = s.index();
                }
            }
        }
        return run.claims;
    }

    private void findInSentence(Run run, Sentence s, List<SourceFinder.Hit> sentenceSources) {
        List<Token> t = s.tokens();
        String sentenceSource = null;
        for (SourceFinder.Hit h : sentenceSources) {
            if (!run.text.inQuote(h.start())) {
                sentenceSource = h.name();
                break;
            }
        }
        int firstOfSentence = run.claims.size();
        List<String> spokenHere = new ArrayList<>();
        Speaker outletOnly = null;
        int[] outletContent = null;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.word() || tok.inQuote()) {
                continue;
            }
            String lower = tok.lower();
            if (!cueWords.contains(lower)) {
                continue;
            }
            Speaker speaker = null;
            int contentStart;
            int contentEnd;
            int removeStart = -1;
            int removeEnd = -1;
            boolean labelWithObject = false;
            boolean denial = lexicon.denialVerbs.contains(lower);
            if (lower.equals("according") && i + 1 < t.size() && t.get(i + 1).is("to")) {
                speaker = accordingTo(run, s, i + 2);
                if (speaker == null) {
                    continue;
                }
                int phraseStart = i > 0 && t.get(i - 1).text().equals(",") ? t.get(i - 1).start() : tok.start();
                int phraseEnd = speaker.phraseEnd();
                int after = s.tokenAt(phraseEnd);
                if (i == 0) {
                    // "According to analysts at the Nairobi Policy Institute, …": the opening phrase runs to its comma
                    int comma = after;
                    while (comma < t.size() && comma - after < 10 && t.get(comma).word() && !t.get(comma).inQuote()
                            && !lexicon.reportingVerbs.contains(t.get(comma).lower())) {
                        comma++;
                    }
                    if (comma < t.size() && t.get(comma).text().equals(",")) {
                        after = comma;
                    }
                }
                if (after < t.size() && t.get(after).text().equals(",")) {
                    phraseEnd = t.get(after).end();
                }
                contentStart = s.start();
                contentEnd = s.end();
                removeStart = phraseStart;
                removeEnd = phraseEnd;
                if (speaker.sourceOnly()) {
                    if (outletOnly == null) {
                        outletOnly = speaker;
                        outletContent = new int[] {removeStart, removeEnd};
                    }
                    continue;
                }
            } else if (lexicon.reportingVerbs.contains(lower) || denial
                    || QUOTING_VERBS.contains(lower) && quoteAfter(run.text, s, tok.end())
                    || callsFor(t, i) || AttributionCues.callsOn(t, i)
                    || QUOTING_VERBS.contains(lower) && AttributionCues.labelsPronoun(t, i)) {
                boolean particleVerb = PARTICLE_VERBS.containsKey(lower);
                // "spoke of", "talked openly about", "spoke to reporters about": the particle may come a few words on
                int particle = particleVerb ? AttributionCues.particleAt(t, i, PARTICLE_VERBS.get(lower)) : -1;
                if (particleVerb && particle < 0) {
                    // "pointed to", "referring to", "talked about": without the particle these verbs say nothing
                    continue;
                }
                if (i + 1 < t.size() && t.get(i + 1).is("to") && !TO_ALLOWED.contains(lower) && !particleVerb
                        || i > 0 && PASSIVE.contains(t.get(i - 1).lower())
                        || i > 0 && tok.capitalised() && !isQuoteMark(t.get(i - 1).text())
                        || i + 1 < t.size() && t.get(i + 1).is("by")) {
                    // "is expected", "the United States", "reported by CNN": not a speaker's verb here
                    continue;
                }
                int before = skipBack(t, i - 1);
                boolean coordinated = before >= 0 && (t.get(before).is("and") || t.get(before).is("but"));
                if ((lower.equals("added") || lower.equals("found")) && before >= 0
                        && (t.get(before).is("have") || t.get(before).is("has") || t.get(before).is("had"))) {
                    // "we have added a million jobs": the perfect of "add" is rarely speech
                    continue;
                }
                if (INTENT_VERBS.contains(lower) && (hasModal(t, before + 1, i)
                        || lower.startsWith("want") && !(i + 1 < t.size() && t.get(i + 1).is("to")))) {
                    // "Putin would agree to …" is a guess about him, and "wants Russia to …" a wish for others
                    continue;
                }
                if (lower.endsWith("ing") || coordinated) {
                    // "Rubio thanked Miami and said …", "…, saying …": the verb shares its sentence's subject
                    speaker = participleSpeaker(run, s, i, spokenHere, coordinated);
                } else {
                    speaker = speakerBefore(run, s, i);
                    if (speaker != null && speaker.person() == null && NOUN_LIKE_VERBS.contains(lower)
                            && !speaker.viaPronoun() && !(i + 1 < t.size() && t.get(i + 1).is("that"))) {
                        // "his home state", "empty promises by": these forms are nouns unless a clause follows
                        speaker = null;
                    }
                }
                boolean inverted = false;
                if (speaker == null && !QUOTING_VERBS.contains(lower) && (i == 0 || isClosing(t.get(i - 1)))) {
                    speaker = speakerAfter(run, s, i);
                    inverted = speaker != null;
                }
                if (speaker == null) {
                    continue;
                }
                int beforePhrase = s.tokenAt(speaker.phraseStart()) - 1;
                if (SpeakerPhrases.abbreviatedTitleAt(t, beforePhrase - 1)) {
                    // "“…,” Ms. Lund said": the title belongs to the speaker, and the quote ends before it
                    beforePhrase -= 2;
                }
                if (beforePhrase < 0 && !inverted && CONTENT_FIRST_VERBS.contains(lower) && wordsAfter(t, i) <= 4
                        && quoteEndsPreviousSentence(run, s)) {
                    // "“Who would vote for that?” Clinton writes to an aide.": a question or exclamation mark ended
                    // the quote's sentence, and this one only says whose it was
                    Sentence previous = run.text.sentences().get(s.index() - 1);
                    emit(run, previous, speaker, speaker.source(), previous.start(), previous.end(), -1, -1, denial, null,
                            run.claims.size(), true);
                    continue;
                }
                if (inverted || beforePhrase >= 0 && isClosing(t.get(beforePhrase)) && attributionEndsClause(t, i, beforePhrase)
                        && (CONTENT_FIRST_VERBS.contains(lower) || AttributionCues.showsBefore(t, i)
                        || isQuoteMark(t.get(beforePhrase).text()))
                        && !AttributionCues.introductoryBefore(t, beforePhrase)) {
                    contentStart = s.start();
                    int cut = inverted ? i - 1 : beforePhrase;
                    contentEnd = cut >= 0 ? t.get(cut).start() : s.start();
                    if (cut >= 0 && isQuoteMark(t.get(cut).text()) && cut > 0 && t.get(cut - 1).text().equals(",")) {
                        contentEnd = t.get(cut).end();
                    }
                } else {
                    int k = particle > 0 ? particle + 1
                            : callsFor(t, i) || PARTICLE_VERBS.containsKey(lower) || AttributionCues.callsOn(t, i) ? i + 2 : i + 1;
                    // "told the BBC that …", "said on Tuesday that …", "argued in a statement that …": the
                    // listener, time or channel between the verb and "that" is not part of the claim
                    int that = k;
                    boolean asks = ASKING_VERBS.contains(lower);
                    while (that < t.size() && that - k < 8 && t.get(that).word() && !t.get(that).inQuote()
                            && !t.get(that).is("that") && !lexicon.reportingVerbs.contains(t.get(that).lower())
                            && !(asks && QUESTION_WORDS.contains(t.get(that).lower()))) {
                        that++;
                    }
                    if (asks && that < t.size() && QUESTION_WORDS.contains(t.get(that).lower())) {
                        // "asked the engineers whether …": the question, not who was asked
                        k = that;
                    } else if (that < t.size() && t.get(that).is("that")) {
                        k = that;
                    } else if (THAT_REQUIRED.contains(lower) && !(k < t.size() && QUESTION_WORDS.contains(t.get(k).lower()))) {
                        // "found the money", "knew the area": only "found that …" reports a finding, or "questioned
                        // whether …" a doubt
                        continue;
                    }
                    if (k < t.size() && t.get(k).text().equals(",") && k + 1 < t.size() && t.get(k + 1).inQuote()) {
                        k++;
                    }
                    if (k < t.size() && t.get(k).is("that")) {
                        k++;
                    }
                    contentStart = k < t.size() ? t.get(k).start() : s.end();
                    contentEnd = nextCueClause(t, k, s.end());
                    int label = QUOTING_VERBS.contains(lower) && k == i + 1
                            ? AttributionCues.labelEnd(run.text.quotesIn(s), t, i, contentEnd) : -1;
                    if (label > 0) {
                        // "called the long lines “unacceptable”": what is labelled and the label are the claim
                        contentEnd = label;
                        labelWithObject = true;
                    }
                    if (AttributionCues.subordinateBefore(t, s.tokenAt(speaker.phraseStart()))) {
                        // "As aides called on him to quit, the senator …": the attribution ends with its clause
                        contentEnd = Math.min(contentEnd, AttributionCues.clauseComma(t, k, contentEnd));
                    }
                    if (((OBJECT_VERBS.contains(lower) || STANCE_VERBS.contains(lower)) && k == i + 1
                            || PARTICLE_VERBS.containsKey(lower) && k == particle + 1 || callsFor(t, i)
                            || QUOTING_VERBS.contains(lower) && k == i + 1) && !quoteAfter(run.text, s, tok.end())) {
                        // "criticized the president’s plan on Tuesday": what is criticised is the object phrase
                        contentEnd = Math.min(contentEnd, objectEnd(t, k, contentEnd));
                    }
                }
            } else {
                continue;
            }
            String key = String.join("+", speaker.claimants());
            if (spokenHere.contains(key) && !lower.endsWith("ing") && !coordinatedAt(t, i)
                    && !(speaker.phraseStart() < tok.start() && AttributionCues.opensClause(t, s.tokenAt(speaker.phraseStart())))) {
                continue;
            }
            spokenHere.add(key);
            String source = speaker.source() != null ? speaker.source() : sentenceSource;
            if (source == null && speaker.person() != null && run.last != null && run.last.person() == speaker.person()
                    && run.last.paragraph() >= s.paragraph() - 1 && (speaker.viaPronoun() || run.last.sentence() == s.index() - 1)) {
                source = run.last.source();
            }
            // "the rounds that analysts believe have been sent": only a group's belief has a gap the head fills
            String prefix = speaker.person() == null && speaker.claimants().size() == 1
                    && lexicon.groups.containsKey(speaker.claimants().get(0)) ? relativeHead(run.text, s, speaker.phraseStart()) : null;
            run.labelling = QUOTING_VERBS.contains(lower) && !AttributionCues.callsOn(t, i) && !labelWithObject;
            emit(run, s, speaker, source, contentStart, contentEnd, removeStart, removeEnd, denial, prefix, firstOfSentence, true);
            run.labelling = false;
        }
        if (outletOnly != null && run.claims.size() == firstOfSentence) {
            emit(run, s, outletOnly, outletOnly.source(), s.start(), s.end(), outletContent[0], outletContent[1], false, null,
                    firstOfSentence, true);
        }
    }

    /**
     * A quotation with no speech verb, right after a sentence that named its speaker as the subject
     * ("Ana Ruiz, a professor of law, was blunt. “This deal will not survive.”"), or after a colon in that
     * same sentence ("Ruiz was blunt: “...”").
     */
    private boolean quoteAfterIntroduction(Run run, Sentence s, Person subject) {
        Person speakerPerson = null;
        int from = s.start();
        if (subject != null) {
            int colon = colonBeforeQuote(run.text, s);
            if (colon >= 0) {
                speakerPerson = subject;
                from = colon;
            }
        }
        if (speakerPerson == null && run.introduced != null && run.introducedSentence == s.index() - 1
                && mostlyQuoted(run.text, s)) {
            Sentence intro = run.text.sentences().get(run.introducedSentence);
            if (intro.paragraph() >= s.paragraph() - 1) {
                speakerPerson = run.introduced;
            }
        }
        if (speakerPerson == null) {
            return false;
        }
        int before = run.claims.size();
        emit(run, s, person(speakerPerson, s.start(), s.start(), false), null, from, s.end(), -1, -1, false, null,
                run.claims.size(), false);
        return run.claims.size() > before;
    }

    /** The person named at the head of the sentence, title or appositive included, or null. */
    private Person subjectOf(Run run, Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || !t.get(0).word() || t.get(0).inQuote()) {
            return null;
        }
        for (int k = 0; k < Math.min(t.size(), MAX_SUBJECT_TOKENS); k++) {
            Person.Mention m = run.people.byTokenStart.get(t.get(k).start());
            if (m != null && m.phraseStart() <= t.get(0).start()) {
                return m.person();
            }
            if (t.get(k).text().equals(",")) {
                break;
            }
        }
        return null;
    }

    /** Offset just after a colon that introduces a long quotation of this sentence, or -1. */
    private static int colonBeforeQuote(ArticleText text, Sentence s) {
        for (int[] q : text.quotesIn(s)) {
            int k = q[0] - 2;
            while (k >= s.start() && text.body.charAt(k) == ' ') {
                k--;
            }
            if (k >= s.start() && text.body.charAt(k) == ':' && wordCount(text.text(q[0], q[1])) >= MIN_LONG_QUOTE_WORDS) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Whether long quotations make up at least half of the sentence. */
    private static boolean mostlyQuoted(ArticleText text, Sentence s) {
        int quoted = 0;
        for (int[] q : text.quotesIn(s)) {
            if (wordCount(text.text(q[0], q[1])) >= MIN_LONG_QUOTE_WORDS) {
                quoted += q[1] - q[0];
            }
        }
        return quoted > 0 && quoted * 2 >= s.end() - s.start();
    }

    private static boolean quoteAfter(ArticleText text, Sentence s, int offset) {
        for (int[] q : text.quotesIn(s)) {
            if (q[0] > offset) {
                return true;
            }
        }
        return false;
    }

    /** Bare quotes and continuation sentences that carry on the previous speaker's words. */
    private void continueChain(Run run, Sentence s) {
        Draft last = run.last;
        if (last == null || last.paragraph() < s.paragraph() - 1 || last.stance() == Stance.DENIES) {
            return;
        }
        Speaker speaker = new Speaker(List.of(last.claimant()), last.type(), last.person(), last.source(), s.start(), s.start(), true);
        List<int[]> quotes = run.text.quotesIn(s);
        if (mostlyQuoted(run.text, s)) {
            emit(run, s, speaker, last.source(), s.start(), s.end(), -1, -1, false, null, run.claims.size(), false);
            return;
        }
        String lower = run.text.text(s.start(), s.end()).toLowerCase(Locale.ROOT);
        if (last.sentence() == s.index() - 1 && last.paragraph() == s.paragraph() && quotes.isEmpty()) {
            for (String opener : lexicon.continuationOpeners) {
                if (lower.startsWith(opener + " ") || lower.startsWith(opener + ",")) {
                    int from = s.start() + opener.length();
                    while (from < s.end() && (run.text.body.charAt(from) == ',' || run.text.body.charAt(from) == ' ')) {
                        from++;
                    }
                    emit(run, s, speaker, last.source(), from, s.end(), -1, -1, false, null, run.claims.size(), false);
                    return;
                }
            }
        }
    }

    private void emit(Run run, Sentence s, Speaker speaker, String source, int contentStart, int contentEnd,
                      int removeStart, int removeEnd, boolean denial, String prefix, int firstOfSentence, boolean cued) {
        ArticleText text = run.text;
        List<Token> t = s.tokens();
        List<int[]> longQuotes = new ArrayList<>();
        int[] shortQuote = null;
        for (int[] q : text.quotesIn(s)) {
            if (q[0] < contentStart || q[1] > Math.max(contentEnd, s.end()) || q[0] >= contentEnd || used(run, q)) {
                continue;
            }
            if (wordCount(text.text(q[0], q[1])) >= MIN_LONG_QUOTE_WORDS) {
                longQuotes.add(q);
            } else if (shortQuote == null || q[1] - q[0] > shortQuote[1] - shortQuote[0]) {
                shortQuote = q;
            }
        }
        List<Draft> made = new ArrayList<>();
        List<Integer> responds = denial ? deniedClaims(run, s, firstOfSentence) : List.of();
        Stance stance = denial ? Stance.DENIES : Stance.ASSERTS;
        boolean oneSpan = !(removeStart >= contentStart && removeEnd <= contentEnd && removeStart < removeEnd);
        String clause = oneSpan ? contentText(text, contentStart, contentEnd, -1, -1) : "";
        if (longQuotes.size() == 1 && oneSpan && !run.labelling && partialQuote(text, longQuotes.get(0), clause)) {
            // "said that Democrats “were not going to be like Trump”": the words around the quote are part of
            // what was said, so the claim is the whole clause
            run.usedQuotes.add(longQuotes.get(0)[0]);
            made.add(draft(speaker, clause, ClaimKind.DIRECT_QUOTE, stance, source, s, responds));
        } else if (!longQuotes.isEmpty()) {
            for (int[] q : longQuotes) {
                run.usedQuotes.add(q[0]);
                made.add(draft(speaker, quoteText(text, q), ClaimKind.DIRECT_QUOTE, stance, source, s, responds));
            }
            String reported = unquotedClauses(text, t, contentStart, contentEnd, removeStart, removeEnd, longQuotes);
            if (wordCount(reported) >= 4) {
                made.add(0, draft(speaker, reported, ClaimKind.REPORTED, stance, source, s, responds));
            }
        } else if (shortQuote != null && cued) {
            run.usedQuotes.add(shortQuote[0]);
            String words = oneSpan && !run.labelling && wordCount(clause) <= MAX_CLAUSE_WORDS && clause.contains(text.text(shortQuote[0], shortQuote[1]))
                    ? clause : quoteText(text, shortQuote);
            made.add(draft(speaker, words, ClaimKind.DIRECT_QUOTE, stance, source, s, responds));
        } else {
            String content = contentText(text, contentStart, contentEnd, removeStart, removeEnd);
            if (denial && (content.isEmpty() || ANAPHORIC.contains(content.toLowerCase(Locale.ROOT))) && !responds.isEmpty()) {
                content = run.claims.get(responds.get(0)).text();
            }
            if (prefix != null) {
                content = prefix + " " + content;
            }
            if (wordCount(content) >= (denial ? 1 : 2)) {
                made.add(draft(speaker, content, ClaimKind.REPORTED, stance, source, s, responds));
            }
        }
        // the first speaker of a sentence is its main one: chains continue from it, not from a nested "analysts believe"
        boolean main = run.claims.size() == firstOfSentence;
        for (Draft d : made) {
            run.claims.add(d);
        }
        if (main && !made.isEmpty()) {
            run.last = made.get(made.size() - 1);
            if (run.last.person() != null) {
                run.lastPerson = run.last.person();
                run.lastPersonParagraph = s.paragraph();
            }
        }
    }

    /** One draft per claimant: "the US and South Korea say" gives two claims with the same evidence. */
    private Draft draft(Speaker speaker, String text, ClaimKind kind, Stance stance, String source, Sentence s,
                        List<Integer> responds) {
        // callers add the first claimant here; extra claimants of a joint statement are added by split()
        return new Draft(text, kind, stance, String.join("\u0000", speaker.claimants()), speaker.type(), speaker.person(),
                source, s.index(), s.paragraph(), responds);
    }

    /** Splits joint claims into one claim per claimant. */
    static List<Draft> split(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        List<Integer> newIndex = new ArrayList<>();
        for (Draft d : drafts) {
            newIndex.add(out.size());
            for (String claimant : d.claimant().split("\u0000")) {
                out.add(new Draft(d.text(), d.kind(), d.stance(), claimant, d.type(), d.person(), d.source(), d.sentence(),
                        d.paragraph(), d.respondsTo()));
            }
        }
        List<Draft> remapped = new ArrayList<>();
        for (Draft d : out) {
            List<Integer> responds = new ArrayList<>();
            for (int old : d.respondsTo()) {
                int from = newIndex.get(old);
                int to = old + 1 < newIndex.size() ? newIndex.get(old + 1) : out.size();
                for (int k = from; k < to; k++) {
                    responds.add(k);
                }
            }
            remapped.add(new Draft(d.text(), d.kind(), d.stance(), d.claimant(), d.type(), d.person(), d.source(),
                    d.sentence(), d.paragraph(), List.copyOf(responds)));
        }
        return remapped;
    }

    /** Claims a denial answers: earlier claims of the same sentence, else those of the previous sentence. */
    private List<Integer> deniedClaims(Run run, Sentence s, int firstOfSentence) {
        List<Integer> out = new ArrayList<>();
        for (int k = firstOfSentence; k < run.claims.size(); k++) {
            if (run.claims.get(k).stance() == Stance.ASSERTS) {
                out.add(k);
            }
        }
        if (out.isEmpty()) {
            for (int k = firstOfSentence - 1; k >= 0 && run.claims.get(k).sentence() == s.index() - 1; k--) {
                if (run.claims.get(k).stance() == Stance.ASSERTS) {
                    out.add(0, k);
                }
            }
        }
        return List.copyOf(out);
    }

    private Speaker speakerBefore(Run run, Sentence s, int verb) {
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

    /** Index of the last token at or before {@code j} that is not an adverb or auxiliary between subject and verb. */
    private static int skipBack(List<Token> t, int j) {
        while (j >= 0 && (SKIPPABLE.contains(t.get(j).lower()) || t.get(j).word() && !t.get(j).inQuote()
                && (t.get(j).lower().endsWith("ly") && t.get(j).text().length() > 4 && !t.get(j).capitalised()
                || t.get(j).lower().endsWith("n't") || t.get(j).lower().endsWith("n’t")))) {
            j--;
        }
        return j;
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
    private Speaker participleSpeaker(Run run, Sentence s, int verb, List<String> spokenHere, boolean coordinated) {
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

    private static int wordsAfter(List<Token> t, int i) {
        int n = 0;
        for (int k = i + 1; k < t.size(); k++) {
            if (t.get(k).word()) {
                n++;
            }
        }
        return n;
    }

    /** Whether the sentence before, in the same paragraph, ends with a quotation no claim has taken yet. */
    private boolean quoteEndsPreviousSentence(Run run, Sentence s) {
        if (s.index() == 0) {
            return false;
        }
        Sentence previous = run.text.sentences().get(s.index() - 1);
        if (previous.paragraph() != s.paragraph() || previous.heading()) {
            return false;
        }
        List<int[]> quotes = run.text.quotesIn(previous);
        if (quotes.isEmpty()) {
            return false;
        }
        int[] last = quotes.get(quotes.size() - 1);
        return !used(run, last) && previous.end() - last[1] <= 2;
    }

    /** A quotation that is only the end or the middle of a longer reported clause. */
    private static boolean partialQuote(ArticleText text, int[] q, String clause) {
        String quoted = text.text(q[0], q[1]);
        int at = clause.indexOf(quoted);
        if (at < 0) {
            return false;
        }
        String before = clause.substring(0, at);
        return wordCount(before) >= 2 && before.indexOf(';') < 0 && clause.length() <= 2.5 * quoted.length()
                && wordCount(clause) <= MAX_CLAUSE_WORDS;
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

    /** "called for an inquiry", "calls for calm": a demand, whose content is what is called for. */
    private static boolean callsFor(List<Token> t, int i) {
        String w = t.get(i).lower();
        return (w.equals("call") || w.equals("calls") || w.equals("called") || w.equals("calling")) && i + 1 < t.size()
                && t.get(i + 1).is("for") && (i == 0 || !PASSIVE.contains(t.get(i - 1).lower()));
    }

    private static boolean hasModal(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (MODALS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** End offset of the noun phrase object starting at token {@code k}: up to a clause break or an adjunct. */
    private static int objectEnd(List<Token> t, int k, int limit) {
        int end = limit;
        for (int j = k; j < t.size() && t.get(j).start() < limit; j++) {
            Token tok = t.get(j);
            if (tok.inQuote()) {
                continue;
            }
            if (j > k && (tok.text().equals(",") || tok.text().equals(";") || tok.text().equals("(")
                    || ADJUNCT_STARTS.contains(tok.lower()) && !AttributionCues.nounComplementAt(t, j))) {
                return tok.start();
            }
            if (j - k >= MAX_OBJECT_TOKENS) {
                return tok.start();
            }
            end = tok.end();
        }
        return Math.min(end, limit);
    }

    /** Whether the verb at {@code i} is joined by "and"/"but" to an earlier verb of the same subject. */
    private static boolean coordinatedAt(List<Token> t, int i) {
        int before = skipBack(t, i - 1);
        return before >= 0 && (t.get(before).is("and") || t.get(before).is("but"));
    }

    /**
     * Where a content that starts at token {@code from} ends: before "…, adding …" or "… and said …", whose
     * clause is a claim of its own, else at the sentence end.
     */
    private int nextCueClause(List<Token> t, int from, int sentenceEnd) {
        int lastQuoted = -1;
        for (int k = t.size() - 1; k >= from && lastQuoted < 0; k--) {
            if (t.get(k).inQuote()) {
                lastQuoted = k;
            }
        }
        for (int k = from; k + 1 < t.size(); k++) {
            Token tok = t.get(k);
            if (tok.inQuote()) {
                continue;
            }
            if (k > from && (tok.text().equals(",") ? AttributionCues.secondAttributionAt(t, k + 1)
                    : AttributionCues.secondAttributionAt(t, k))) {
                // "… he said the lead would hold, and other party leaders said …": the second speaker's words are theirs
                return tok.start();
            }
            if (tok.text().equals(",") && t.get(k + 1).lower().endsWith("ing")
                    && lexicon.reportingVerbs.contains(t.get(k + 1).lower())) {
                return tok.start();
            }
            if (k > from && lastQuoted <= k && DASHES.contains(tok.text()) && (CONCESSIVE_STARTS.contains(t.get(k + 1).lower())
                    || DASH_BREAKS.contains(t.get(k + 1).lower()))) {
                // "… would win – even though he …": a dash that opens the writer's aside
                return tok.start();
            }
            if (tok.text().equals(",") && k > from && lastQuoted <= k && (CONCESSIVE_STARTS.contains(t.get(k + 1).lower())
                    || participle(t.get(k + 1)))) {
                // "…, while …", "…, although …": the writer's own contrast, not the speaker's words
                return tok.start();
            }
            if (tok.text().equals(";") && k > from
                    || tok.text().equals(",") && k > from && (t.get(k + 1).is("but") || t.get(k + 1).is("and")
                    && k + 2 < t.size() && (ARTICLE_WORDS.contains(t.get(k + 2).lower()) || SUBJECT_PRONOUNS.contains(t.get(k + 2).lower())
                    || t.get(k + 2).capitalised() && !t.get(k + 2).inQuote())) && lastQuoted <= k) {
                // "…, and the ACLU has sued …": a new clause with its own subject is no longer the speaker's,
                // unless it quotes words, which with no other speaker named are still the speaker's
                return tok.start();
            }
            if ((tok.is("and") || tok.is("but")) && k > from) {
                int v = k + 1;
                while (v < t.size() && v - k <= 3 && SKIPPABLE.contains(t.get(v).lower())) {
                    v++;
                }
                if (v < t.size() && !t.get(v).inQuote() && (lexicon.reportingVerbs.contains(t.get(v).lower())
                        || lexicon.denialVerbs.contains(t.get(v).lower()))) {
                    return tok.start();
                }
            }
        }
        return sentenceEnd;
    }

    /** "…, appearing to …", "…, breaking down …": a participle after a comma, which speaks of the sentence's subject. */
    private static boolean participle(Token tok) {
        String w = tok.lower();
        return tok.word() && !tok.capitalised() && w.length() > 5 && w.endsWith("ing") && !NOT_PARTICIPLES.contains(w);
    }

    private static final Set<String> NOT_PARTICIPLES = Set.of("during", "including", "nothing", "something", "anything",
            "everything", "morning", "evening", "regarding", "concerning", "following", "notwithstanding");

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

    private Speaker speakerAfter(Run run, Sentence s, int verb) {
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
    private Speaker speakerAfter(Run run, Sentence s, int verb, boolean anyPhrase) {
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
    private Speaker accordingTo(Run run, Sentence s, int k) {
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
        if (here != null) {
            // "Trump was defending his plan when he told …": the subject of the pronoun's own sentence
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
            "about", "from", "over", "than", "like");

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
        if (k0 < t.size() && ADVERBIAL_OPENERS.contains(t.get(k0).lower())) {
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

    /** The person whose mention (title included) opens the phrase at token {@code k0} and is not a possessive. */
    private static Person.Mention mentionOpening(Run run, List<Token> t, int k0) {
        if (k0 >= t.size() || !t.get(k0).word() || t.get(k0).inQuote()) {
            return null;
        }
        for (int k = k0; k < Math.min(t.size(), k0 + MAX_SUBJECT_TOKENS); k++) {
            Person.Mention m = run.people.byTokenStart.get(t.get(k).start());
            if (m != null && (m.phraseStart() <= t.get(k0).start() || k == k0 + 2 && SpeakerPhrases.abbreviatedTitleAt(t, k0))) {
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

    private static int s0(List<Token> t, int offset) {
        int k = 0;
        while (k < t.size() && t.get(k).start() < offset) {
            k++;
        }
        return k;
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

    private Speaker person(Person p, int phraseStart, int phraseEnd, boolean viaPronoun) {
        p.confirmed = true;
        return new Speaker(List.of(p.name), p.claimantType(), p, null, phraseStart, phraseEnd, viaPronoun);
    }

    /** For "the rounds of ammunition that analysts believe have been sent", the noun phrase the clause is about. */
    private String relativeHead(ArticleText text, Sentence s, int speakerStart) {
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

    private String contentText(ArticleText text, int start, int end, int removeStart, int removeEnd) {
        String content;
        if (removeStart >= start && removeEnd <= end && removeStart < removeEnd) {
            // the content stays a span of the sentence: the longer side of the attribution phrase
            content = removeStart - start >= end - removeEnd ? text.text(start, removeStart) : text.text(removeEnd, end);
        } else {
            content = text.text(start, Math.max(start, end));
        }
        int according = content.indexOf(", according to");
        if (according > 0) {
            content = content.substring(0, according);
        }
        return tidy(content);
    }

    /** The parts of the content outside any long quote, split at clause breaks ", and", ", but", ";" and ":". */
    private String unquotedClauses(ArticleText text, List<Token> t, int start, int end, int removeStart, int removeEnd,
                                   List<int[]> longQuotes) {
        StringBuilder out = new StringBuilder();
        StringBuilder clause = new StringBuilder();
        boolean clauseHasQuote = false;
        int words = 0;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.start() < start || tok.end() > end || tok.start() >= removeStart && tok.end() <= removeEnd) {
                continue;
            }
            boolean clauseBreak = !tok.inQuote() && (tok.text().equals(";") || tok.text().equals(":")
                    || tok.text().equals(",") && i + 1 < t.size() && (t.get(i + 1).is("and") || t.get(i + 1).is("but")
                    || t.get(i + 1).is("while")));
            if (clauseBreak) {
                if (!clauseHasQuote && words >= 3) {
                    out.append(out.length() > 0 ? "; " : "").append(clause.toString().strip());
                }
                clause.setLength(0);
                clauseHasQuote = false;
                words = 0;
                continue;
            }
            if (insideAny(tok, longQuotes)) {
                clauseHasQuote = true;
            } else if (tok.word() && !tok.inQuote()) {
                words++;
            }
            clause.append(' ').append(tok.text());
        }
        if (!clauseHasQuote && words >= 3) {
            out.append(out.length() > 0 ? "; " : "").append(clause.toString().strip());
        }
        return tidy(out.toString().replaceAll(" ([,.;:!?”’)])", "$1").replaceAll("([“(]) ", "$1"));
    }

    private static boolean insideAny(Token tok, List<int[]> ranges) {
        for (int[] r : ranges) {
            if (r[0] <= tok.start() && tok.start() < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static String quoteText(ArticleText text, int[] q) {
        int end = q[1];
        while (end > q[0] && (text.body.charAt(end - 1) == ',' || text.body.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.text(q[0], end);
    }

    private static String tidy(String s) {
        String out = s.strip();
        if (out.endsWith(")") && out.indexOf('(') < 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        while (!out.isEmpty() && ",.;: ".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1);
        }
        while (!out.isEmpty() && ",;: (".indexOf(out.charAt(0)) >= 0) {
            out = out.substring(1);
        }
        if (out.endsWith(")") && out.indexOf('(') < 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }

    private boolean used(Run run, int[] q) {
        return run.usedQuotes.contains(q[0]);
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

    /**
     * "..., Kim told Putin in a missive last week." ends with the attribution; "Even before landing, Putin
     * had announced the creation of ..." starts a clause after the comma. A quote before the comma, or only
     * a few words after the verb, means the content came first.
     */
    private static boolean attributionEndsClause(List<Token> t, int verb, int beforePhrase) {
        // "“…,” Minister X told reporters, adding that …": a closing quote right before the speaker came first
        if (isQuoteMark(t.get(beforePhrase).text()) || beforePhrase > 0 && isQuoteMark(t.get(beforePhrase - 1).text())) {
            return true;
        }
        int words = 0;
        for (int k = verb + 1; k < t.size(); k++) {
            if (t.get(k).is("according") && k + 1 < t.size() && t.get(k + 1).is("to")) {
                break;
            }
            if (t.get(k).word()) {
                words++;
            }
        }
        return words <= 6;
    }

    private static boolean isClosing(Token tok) {
        return tok.text().equals(",") || isQuoteMark(tok.text());
    }

    /** A closing mark: curly, straight, or the second apostrophe of ''. */
    private static boolean isQuoteMark(String s) {
        return s.equals("”") || s.equals("\"") || s.equals("'");
    }

    static int wordCount(String s) {
        return PageCleaner.wordCount(s);
    }
}

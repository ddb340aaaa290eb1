package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.newsgraph.extract.SpeakerResolver.Speaker;

/**
 * Finds attributed claims: direct quotes in their usual layouts, reported speech after a cue verb or
 * "according to", claims by governments and groups, quote chains continued by pronouns, and denials
 * linked to the claims they deny.
 */
final class ClaimFinder {

    /** A claim as found, before it is turned into the public record. */
    record Draft(String text, ClaimKind kind, Stance stance, String claimant, ClaimantType type, Person person,
                 String source, int sentence, int paragraph, List<Integer> respondsTo, int evidenceFrom) {

        /** A claim whose evidence is its own sentence. */
        Draft(String text, ClaimKind kind, Stance stance, String claimant, ClaimantType type, Person person,
              String source, int sentence, int paragraph, List<Integer> respondsTo) {
            this(text, kind, stance, claimant, type, person, source, sentence, paragraph, respondsTo, sentence);
        }

        /** The same claim with evidence that starts at an earlier sentence, the one that named its speaker. */
        Draft evidenceFrom(int first) {
            return new Draft(text, kind, stance, claimant, type, person, source, sentence, paragraph, respondsTo, first);
        }
    }

    static final Set<String> SKIPPABLE = Set.of("both", "also", "has", "had", "have", "reportedly", "later",
            "previously", "further", "then", "once", "repeatedly", "recently", "publicly", "privately", "again", "all",
            "separately", "firmly", "flatly", "strongly", "quickly", "immediately", "would", "will", "may", "might",
            "could", "can", "does", "did", "do", "not", "never", "earlier", "often", "long", "jointly");
    private static final Set<String> PASSIVE = Set.of("is", "was", "are", "were", "be", "been", "being");
    private static final Set<String> TO_ALLOWED = Set.of("told", "tell", "tells", "explained", "said", "says", "wrote",
            "write", "writes", "want", "wants", "wanted", "promise", "promises", "promised", "vow", "vows", "vowed",
            "pledge", "pledges", "pledged", "refuse", "refuses", "refused", "decline", "declines", "declined", "agree",
            "agrees", "agreed", "threaten", "threatens", "threatened", "hope", "hopes", "hoped", "plan", "plans", "planned",
            "offer", "offers", "offered", "decide", "decides", "decided", "promising", "vowing", "pledging",
            "threatening", "refusing", "declining", "agreeing", "offering");
    private static final Set<String> ANAPHORIC = Set.of("this", "that", "it", "the claim", "the claims", "the report",
            "the reports", "the allegation", "the allegations", "the accusation", "the accusations", "such claims",
            "such reports", "the charge", "the charges", "these claims", "those claims");
    /** Verbs that attribute words only when a quotation follows: "called the tariff “a gift to smugglers”". */
    private static final Set<String> QUOTING_VERBS = Set.of("called", "calls", "call", "described", "describes",
            "describe", "termed", "terms", "dubbed", "dubs", "labelled", "labeled", "labels", "branded", "brands");
    private static final int MIN_LONG_QUOTE_WORDS = 4;
    static final Set<String> ARTICLE_WORDS = Set.of("a", "an", "the");
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
    /** Verbs that report something only with a "that" clause: "the poll found that …", "she knew that …". */
    private static final Set<String> THAT_REQUIRED = Set.of("find", "finds", "found", "know", "knows", "knew",
            "questioned", "state", "states");
    /** Forms of speech verbs that are more often nouns ("his home state", "campaign promises"). */
    static final Set<String> NOUN_LIKE_VERBS = Set.of("state", "states", "report", "reports", "claim", "claims",
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
    private final SpeakerResolver speakers;

    ClaimFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        Set<String> cues = new java.util.HashSet<>(lexicon.reportingVerbs);
        cues.addAll(lexicon.denialVerbs);
        cues.addAll(QUOTING_VERBS);
        cues.addAll(QuoteSpans.QUOTE_ONLY_VERBS);
        cues.addAll(List.of("according", "call", "calls", "called", "calling"));
        cues.addAll(NounCues.NOUNS);
        this.cueWords = cues;
        this.speakers = new SpeakerResolver(lexicon);
    }

    /** Per-article state: the running speaker chain that pronouns and bare quotes continue. */
    static final class Run {
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
                Person subject = speakers.subjectOf(run, s);
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
            boolean nounCue = false;
            boolean denial = lexicon.denialVerbs.contains(lower);
            if (lower.equals("according") && i + 1 < t.size() && t.get(i + 1).is("to")) {
                speaker = speakers.accordingTo(run, s, i + 2);
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
            } else if (NounCues.contentAt(t, i) >= 0 && (NounCues.ownerAt(t, i) >= 0 || NounCues.afterDeterminer(t, i))) {
                // "Ruiz's claim that …", "her promise to …": the owner of the noun said the clause after it, unless
                // an earlier cue of the sentence already reports it ("critics embraced his argument that …"); "the
                // claim that …" names nobody
                if (run.claims.size() > firstOfSentence || NounCues.ownerAt(t, i) < 0) {
                    continue;
                }
                speaker = NounCues.owner(run, s, NounCues.ownerAt(t, i), speakers, lexicon);
                if (speaker == null) {
                    continue;
                }
                int k = NounCues.contentAt(t, i);
                nounCue = true;
                contentStart = t.get(k).start();
                contentEnd = AttributionCues.clauseComma(t, k, nextCueClause(t, k, s.end()));
            } else if (lexicon.reportingVerbs.contains(lower) || denial
                    || QUOTING_VERBS.contains(lower) && quoteAfter(run.text, s, tok.end())
                    || QuoteSpans.QUOTE_ONLY_VERBS.contains(lower) && QuoteSpans.quoteAdjacent(t, i)
                    || callsFor(t, i) || AttributionCues.callsOn(t, i)
                    || QUOTING_VERBS.contains(lower) && AttributionCues.labelsPronoun(t, i)) {
                boolean particleVerb = PARTICLE_VERBS.containsKey(lower);
                // "spoke of", "talked openly about", "spoke to reporters about": the particle may come a few words on
                int particle = particleVerb ? AttributionCues.particleAt(t, i, PARTICLE_VERBS.get(lower)) : -1;
                if (particleVerb && particle < 0) {
                    // "pointed to", "referring to", "talked about": without the particle these verbs say nothing
                    continue;
                }
                int progressive = AttributionCues.progressiveAux(t, i);
                if (i + 1 < t.size() && t.get(i + 1).is("to") && !TO_ALLOWED.contains(lower) && !particleVerb
                        && !AttributionCues.listenerThenThat(t, i + 1)
                        || i > 0 && PASSIVE.contains(t.get(i - 1).lower()) && progressive < 0
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
                if (progressive >= 0) {
                    // "the mayor is urging voters to …": the subject of the auxiliary speaks
                    speaker = speakers.speakerBefore(run, s, progressive);
                } else if (lower.endsWith("ing") || coordinated) {
                    // "Rubio thanked Miami and said …", "…, saying …": the verb shares its sentence's subject
                    speaker = speakers.participleSpeaker(run, s, i, spokenHere, coordinated);
                    Person subject = speaker == null && !coordinated && QuoteSpans.quoteAdjacent(t, i) ? speakers.subjectOf(run, s) : null;
                    if (subject != null) {
                        // "In Ohio, Ruiz thanked the crowd, saying, “…”": the quotation is the sentence subject's
                        speaker = speakers.person(subject, s.start(), s.start(), false);
                    }
                } else {
                    speaker = speakers.speakerBefore(run, s, i);
                    if (speaker != null && speaker.person() == null && NOUN_LIKE_VERBS.contains(lower)
                            && !speaker.viaPronoun() && !(i + 1 < t.size() && t.get(i + 1).is("that"))) {
                        // "his home state", "empty promises by": these forms are nouns unless a clause follows
                        speaker = null;
                    }
                }
                boolean inverted = false;
                if (speaker == null && !QUOTING_VERBS.contains(lower) && (i == 0 || isClosing(t.get(i - 1)))) {
                    speaker = speakers.speakerAfter(run, s, i);
                    int name = speaker == null && i > 0 && isQuoteMark(t.get(i - 1).text()) ? QuoteSpans.nameEndingRole(t, i) : -1;
                    if (name > 0) {
                        // "“…,” said union treasurer Ana Ruiz.": the name that ends the role phrase spoke
                        speaker = speakers.speakerAfter(run, s, name - 1, false);
                    }
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
                beforePhrase = AttributionCues.beforeModifiedPhrase(t, beforePhrase, skipBack(t, i - 1));
                beforePhrase = QuoteSpans.quoteBeforeRole(t, beforePhrase);
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
                    && lexicon.groups.containsKey(speaker.claimants().get(0)) ? speakers.relativeHead(run.text, s, speaker.phraseStart()) : null;
            run.labelling = QUOTING_VERBS.contains(lower) && !AttributionCues.callsOn(t, i) && !labelWithObject;
            Draft lastSpoken = run.last;
            Person lastPerson = run.lastPerson;
            int lastPersonParagraph = run.lastPersonParagraph;
            emit(run, s, speaker, source, contentStart, contentEnd, removeStart, removeEnd, denial, prefix, firstOfSentence, true);
            if (nounCue) {
                // "his claim that …" recalls words said elsewhere: no quote or pronoun that follows continues them
                run.last = lastSpoken;
                run.lastPerson = lastPerson;
                run.lastPersonParagraph = lastPersonParagraph;
            }
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
        emit(run, s, speakers.person(speakerPerson, s.start(), s.start(), false), null, from, s.end(), -1, -1, false, null,
                run.claims.size(), false);
        return run.claims.size() > before;
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
            int before = run.claims.size();
            emit(run, s, speaker, last.source(), s.start(), s.end(), -1, -1, false, null, run.claims.size(), false);
            if (QuoteSpans.resumesQuote(run.text, s, last)) {
                // "“…,” she said. “…”": the quote resumes after its attribution, and the sentence that named the
                // speaker is part of the evidence for the second half
                for (int k = before; k < run.claims.size(); k++) {
                    run.claims.set(k, run.claims.get(k).evidenceFrom(last.sentence()));
                }
                if (run.claims.size() > before) {
                    run.last = run.claims.get(run.claims.size() - 1);
                }
            }
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
        String quoteClause = longQuotes.size() == 1 && oneSpan ? QuoteSpans.endAtQuote(text, clause, longQuotes.get(0)) : clause;
        if (longQuotes.size() == 1 && oneSpan && !run.labelling && partialQuote(text, longQuotes.get(0), quoteClause)) {
            // "said that Democrats “were not going to be like Trump”": the words around the quote are part of
            // what was said, so the claim is the whole clause
            run.usedQuotes.add(longQuotes.get(0)[0]);
            made.add(draft(speaker, quoteClause, ClaimKind.DIRECT_QUOTE, stance, source, s, responds));
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
                    ? QuoteSpans.endAtQuote(text, clause, shortQuote) : quoteText(text, shortQuote);
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
                        d.paragraph(), d.respondsTo(), d.evidenceFrom()));
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
                    d.sentence(), d.paragraph(), List.copyOf(responds), d.evidenceFrom()));
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

    /** Index of the last token at or before {@code j} that is not an adverb or auxiliary between subject and verb. */
    static int skipBack(List<Token> t, int j) {
        while (j >= 0 && (SKIPPABLE.contains(t.get(j).lower()) || t.get(j).word() && !t.get(j).inQuote()
                && (t.get(j).lower().endsWith("ly") && t.get(j).text().length() > 4 && !t.get(j).capitalised()
                || t.get(j).lower().endsWith("n't") || t.get(j).lower().endsWith("n’t")))) {
            j--;
        }
        return j;
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

    /** "called for an inquiry", "calls for calm": a demand, whose content is what is called for. */
    private static boolean callsFor(List<Token> t, int i) {
        String w = t.get(i).lower();
        return (w.equals("call") || w.equals("calls") || w.equals("called") || w.equals("calling")) && i + 1 < t.size()
                && t.get(i + 1).is("for") && (i == 0 || !PASSIVE.contains(t.get(i - 1).lower()) || w.equals("calling"));
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
        return tidy(SPACE_AFTER_OPENING.matcher(SPACE_BEFORE_CLOSING.matcher(out).replaceAll("$1")).replaceAll("$1"));
    }

    /** Spaces the clause joining put before closing and after opening marks; compiled once, not per claim. */
    private static final java.util.regex.Pattern SPACE_BEFORE_CLOSING = java.util.regex.Pattern.compile(" ([,.;:!?”’)])");
    private static final java.util.regex.Pattern SPACE_AFTER_OPENING = java.util.regex.Pattern.compile("([“(]) ");

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

    static boolean isClosing(Token tok) {
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

package dev.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.newsgraph.extract.ClaimFinder.Run;
import dev.newsgraph.extract.SpeakerResolver.Speaker;

/**
 * Nouns of saying with their owner: "Ruiz's claim that …", "his argument that …", "her promise to …". The owner
 * said what the clause after the noun says, so the clause is a claim of theirs even with no verb of saying. Only a
 * named person or a "his"/"her" that fits the person named before it in the sentence owns the words; a bare "the
 * claim that …" names nobody. Accusations and charges are left out: the story mostly reports them inside someone
 * else's answer to them. Each test looks at a few tokens around the noun.
 */
final class NounCues {

    static final Set<String> NOUNS = Set.of("claim", "claims", "argument", "assertion", "contention", "insistence",
            "belief", "view", "suggestion", "warning", "prediction", "promise", "pledge", "vow");
    /** Nouns of promising, whose content may be an infinitive: "her promise to cut fares". */
    private static final Set<String> TO_NOUNS = Set.of("promise", "pledge", "vow");
    private static final Set<String> OWNER_PRONOUNS = Set.of("his", "her");
    /** Words after "that" which make it a relative pronoun ("the claim that was made"), not a clause of what was said. */
    private static final Set<String> RELATIVE_VERBS = relativeStarts();

    /** The cue verbs' relative-clause auxiliaries, and the subject pronouns of "the claim that he made". */
    private static Set<String> relativeStarts() {
        Set<String> words = new HashSet<>(AttributionCues.RELATIVE_VERBS);
        words.addAll(List.of("he", "she", "they", "i", "we"));
        return Set.copyOf(words);
    }

    private NounCues() {
    }

    /** Index of the first token of what the noun at {@code noun} reports ("that" clause or infinitive), or -1. */
    static int contentAt(List<Token> t, int noun) {
        if (noun < 1 || noun + 2 >= t.size() || t.get(noun).inQuote() || !NOUNS.contains(t.get(noun).lower())) {
            return -1;
        }
        Token next = t.get(noun + 1);
        if (next.inQuote()) {
            return -1;
        }
        if (next.is("that")) {
            // "his claim that he made" is a relative clause about the claim; "his claim that the vote was rigged" reports
            Token first = t.get(noun + 2);
            return first.word() && !RELATIVE_VERBS.contains(first.lower()) ? noun + 2 : -1;
        }
        return next.is("to") && TO_NOUNS.contains(t.get(noun).lower()) && t.get(noun + 2).word() ? noun + 1 : -1;
    }

    /** Index of the owner before the noun at {@code noun} ("his", or the "’s" of "Ruiz’s"), one modifier allowed, or -1. */
    static int ownerAt(List<Token> t, int noun) {
        int k = noun - 1;
        if (k >= 1 && t.get(k).word() && !t.get(k).capitalised() && !OWNER_PRONOUNS.contains(t.get(k).lower())
                && !ExpertFinder.isPossessive(t.get(k))) {
            // "his repeated claim", "her earlier promise"
            k--;
        }
        if (k < 0 || t.get(k).inQuote()) {
            return -1;
        }
        return OWNER_PRONOUNS.contains(t.get(k).lower()) || k >= 1 && ExpertFinder.isPossessive(t.get(k)) ? k : -1;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "any", "no", "such");

    /** Whether a determiner makes the word at {@code noun} a noun ("the claim that …"), not a verb ("they claim that …"). */
    static boolean afterDeterminer(List<Token> t, int noun) {
        return noun >= 1 && DETERMINERS.contains(t.get(noun - 1).lower()) && !t.get(noun - 1).inQuote();
    }

    /** The person who owns the words: the named person before "’s", or the person "his"/"her" stands for; else null. */
    static Speaker owner(Run run, Sentence s, int owner, SpeakerResolver speakers, Lexicon lexicon) {
        List<Token> t = s.tokens();
        Token tok = t.get(owner);
        if (ExpertFinder.isPossessive(tok)) {
            Person.Mention m = run.people.byTokenEnd.get(t.get(owner - 1).end());
            return m == null ? null : speakers.person(m.person(), m.phraseStart(), tok.end(), false);
        }
        char wanted = tok.is("her") ? 'f' : 'm';
        for (int k = owner - 1; k >= 0; k--) {
            // "Holm said of Ruiz's stance and his promise to …": the nearest person named before stands for "his"
            Person.Mention m = run.people.byTokenEnd.get(t.get(k).end());
            if (m != null) {
                char g = run.genders.computeIfAbsent(m.person(), p -> Gender.of(p, run.text, lexicon));
                return g == wanted ? speakers.person(m.person(), tok.start(), tok.end(), true) : null;
            }
        }
        // with no person named before it in the sentence, "his" may be anyone the story spoke of: too far to tell
        return null;
    }
}

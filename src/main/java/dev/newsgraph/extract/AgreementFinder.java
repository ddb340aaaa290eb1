package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds agreements: accords named by a noun ("an agreement on strategic partnership", "some deals"),
 * exchanges ("in exchange for", "X would agree to ... and Y would agree to ..."), their parties,
 * status and topics, and joins later mentions ("such a pact", "the deal") to the agreement they refer to.
 */
final class AgreementFinder {

    private static final Set<String> ANAPHORIC = Set.of("such", "the", "that", "this", "these", "those", "said");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "such", "this", "that", "these", "those",
            "some", "any", "its", "their", "new", "no", "another", "several");
    /** Words of a time phrase, which ends a complement: "a pact on fisheries next year", "signed an accord on Friday". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "next", "last", "yesterday", "today", "tomorrow", "tonight", "earlier", "later");
    private static final Set<String> NEEDS_PARTIES = Set.of("alliance", "exchange", "arrangement", "settlement", "protocol");
    private static final List<String> BOTH_SIDES = List.of("the countries", "both countries", "the two countries",
            "the two nations", "both nations", "both sides", "the two sides", "the two governments", "both governments",
            "the two leaders", "the pair");
    private static final String[][] STATUS_CUES = {
        {"DENIED", " denied ", " denies ", " deny ", " denying "},
        // hearsay outranks the verb it qualifies: "reportedly signed" is not confirmed as signed
        {"REPORTED", " secret ", " reportedly ", " reported ", " allegedly ", " is said to ", " are said to ", " rumoured "},
        {"SIGNED", " signed ", " concluded ", " inked ", " struck ", " sealed ", " clinched ", " reached "},
        {"IN_FORCE", " in force ", " in effect ", " took effect ", " takes effect ", " carried out ", " implemented ",
            " came into force ", " already in place "},
        {"PLANNED", " plan to ", " plans to ", " planned ", " will sign ", " set to sign ", " to sign ", " intend to ",
            " intends to ", " are to sign ", " agreed to sign "},
        {"PROPOSED", " proposed ", " proposes ", " propose ", " expected ", " negotiating ", " negotiation ",
            " negotiations ", " under negotiation ", " talks ", " would agree ", " likely to ", " could ", " may ",
            " might ", " possible ", " potential ", " discussing ", " discussed ", " considering ", " offered "},
    };

    private final Lexicon lexicon;

    AgreementFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** An agreement being assembled from its mentions. */
    private static final class Found {
        String label;
        final Set<String> parties = new LinkedHashSet<>();
        AgreementStatus status;
        final List<String> topics = new ArrayList<>();
        final List<TextSpan> evidence = new ArrayList<>();
        int lastSentence = -1;
    }

    List<ExtractedAgreement> find(ArticleText text, ExpertFinder.People people) {
        List<String> main = mainCountries(text, people);
        List<Found> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.heading()) {
                continue;
            }
            if (!mayMentionAgreement(s)) {
                continue;
            }
            String lowered = loweredWords(s);
            boolean exchangeHere = false;
            if (lowered.contains(" in exchange for ") || lowered.contains(" in return ") || countOf(lowered, " agree to ") >= 2
                    || countOf(lowered, " agreed to ") >= 2) {
                Found f = new Found();
                f.label = "exchange";
                exchange(text, s, people, f);
                finish(text, s, lowered, f, main, people);
                found.add(f);
                exchangeHere = true;
            }
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                String noun = tok.lower();
                if (!tok.word() || !lexicon.agreementNouns.contains(noun) || i > 0 && t.get(i - 1).is("to")) {
                    continue;
                }
                if (noun.equals("exchange") && (exchangeHere || i + 1 >= t.size() || !t.get(i + 1).is("of"))) {
                    continue;
                }
                int det = i - 1;
                while (det >= 0 && i - det <= 4 && t.get(det).word() && !DETERMINERS.contains(t.get(det).lower())) {
                    det--;
                }
                String determiner = det >= 0 && DETERMINERS.contains(t.get(det).lower()) ? t.get(det).lower() : "";
                if ((determiner.equals("a") || determiner.equals("an")) && det > 0 && t.get(det - 1).is("such")) {
                    determiner = "such";
                }
                int modifiersFrom = determiner.isEmpty() ? i : det + 1;
                Set<String> explicit = countriesIn(text, t, modifiersFrom, i, true);
                String complement = complement(text, t, i);
                explicit.addAll(countriesInText(complement));
                if (tok.inQuote() && explicit.isEmpty() || NEEDS_PARTIES.contains(noun) && explicit.isEmpty()) {
                    continue;
                }
                boolean anaphoric = ANAPHORIC.contains(determiner) && explicit.isEmpty() && complement.isEmpty()
                        && modifiersFrom == i;
                Found target = null;
                if (anaphoric && !found.isEmpty()) {
                    target = found.get(found.size() - 1);
                } else if (!anaphoric) {
                    target = new Found();
                    target.label = label(text, t, modifiersFrom, i, complement);
                    target.parties.addAll(explicit);
                    addTopics(target, complement, text.text(tok.end(), s.end()));
                    finish(text, s, lowered, target, main, people);
                    found.add(target);
                } else {
                    continue;
                }
                if (target.lastSentence != s.index()) {
                    target.evidence.add(text.span(s));
                    target.lastSentence = s.index();
                    AgreementStatus later = status(lowered, null);
                    if (later == AgreementStatus.SIGNED || later == AgreementStatus.IN_FORCE || later == AgreementStatus.DENIED) {
                        target.status = later;
                    }
                }
            }
        }
        List<ExtractedAgreement> out = new ArrayList<>();
        for (Found f : found) {
            List<String> parties = new ArrayList<>(f.parties);
            List<String> sorted = new ArrayList<>(parties);
            sorted.sort(null);
            String name = (sorted.isEmpty() ? "" : String.join("–", sorted) + " ") + f.label;
            out.add(new ExtractedAgreement(name, List.copyOf(parties), f.status, List.copyOf(f.topics), List.copyOf(f.evidence)));
        }
        return out;
    }

    private void finish(ArticleText text, Sentence s, String lowered, Found f, List<String> main, ExpertFinder.People people) {
        f.evidence.add(text.span(s));
        f.lastSentence = s.index();
        if (f.parties.size() < 2) {
            boolean bothSides = BOTH_SIDES.stream().anyMatch(p -> lowered.contains(" " + p + " "));
            Set<String> inSentence = countriesIn(text, s.tokens(), 0, s.tokens().size(), false);
            inSentence.addAll(peopleCountries(s, people));
            if (bothSides || inSentence.size() < 2) {
                if (f.parties.isEmpty() && inSentence.size() == 1 && !main.contains(inSentence.iterator().next())) {
                    f.parties.addAll(inSentence);
                }
                f.parties.addAll(main);
            } else {
                f.parties.addAll(inSentence);
            }
        }
        f.status = status(lowered, f.label.endsWith("alliance") ? AgreementStatus.IN_FORCE : AgreementStatus.REPORTED);
    }

    /** "Putin would agree to supply ... with natural resources ... and Kim would agree to send more workers". */
    private void exchange(ArticleText text, Sentence s, ExpertFinder.People people, Found f) {
        List<Token> t = s.tokens();
        List<String> goods = new ArrayList<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).lower();
            if ((w.equals("agree") || w.equals("agreed")) && t.get(i + 1).is("to") && i + 2 < t.size()) {
                String object = objectOf(text, t, i + 2);
                if (object != null) {
                    goods.add(object);
                }
            } else if (w.equals("for") && i > 1 && t.get(i - 1).is("exchange") && t.get(i - 2).is("in")) {
                String object = nounPhrase(text, t, i + 1);
                if (object != null) {
                    goods.add(object);
                }
            }
        }
        f.parties.addAll(peopleCountries(s, people));
        f.parties.addAll(countriesIn(text, t, 0, t.size(), false));
        if (goods.size() >= 2) {
            f.label = "exchange of " + goods.get(0) + " for " + goods.get(1);
        }
        for (String g : goods) {
            if (!f.topics.contains(g)) {
                f.topics.add(g);
            }
        }
        int including = indexOfWord(t, "including", 0);
        if (including >= 0) {
            String extra = nounPhrase(text, t, including + 1);
            if (extra != null && !f.topics.contains(extra)) {
                f.topics.add(extra);
            }
        }
    }

    /** The thing handed over: "supply the economy with natural resources" gives "natural resources". */
    private String objectOf(ArticleText text, List<Token> t, int verb) {
        int with = -1;
        for (int k = verb + 1; k < t.size() && k < verb + 8 && !t.get(k).text().equals(","); k++) {
            if (t.get(k).is("with")) {
                with = k;
                break;
            }
        }
        return nounPhrase(text, t, with >= 0 ? with + 1 : verb + 1);
    }

    private String nounPhrase(ArticleText text, List<Token> t, int from) {
        int k = from;
        while (k < t.size() && (DETERMINERS.contains(t.get(k).lower()) || t.get(k).is("more") || t.get(k).is("on"))) {
            k++;
        }
        int start = k;
        while (k < t.size() && t.get(k).word() && k - start < 4 && !Set.of("to", "in", "for", "with", "from", "and",
                "including", "that", "which", "by", "at", "on").contains(t.get(k).lower())) {
            k++;
        }
        if (k < t.size() && t.get(k).is("and") && k + 1 < t.size() && t.get(k + 1).word() && k + 2 < t.size()
                && !t.get(k + 2).word()) {
            k += 2;
        }
        return k > start ? text.text(t.get(start).start(), t.get(k - 1).end()) : null;
    }

    /** "on strategic partnership", "between X and Y", "related to arms transfers and ...". */
    private String complement(ArticleText text, List<Token> t, int noun) {
        int k = noun + 1;
        if (k < t.size() && t.get(k).text().equals(",")) {
            // "some deals, particularly those related to arms transfers"
            int r = k;
            while (r < t.size() && r < k + 5 && !(t.get(r).is("related") || t.get(r).is("on"))) {
                r++;
            }
            if (r < t.size() && r < k + 5) {
                k = r;
            }
        }
        if (k < t.size() && t.get(k).is("related") && k + 1 < t.size() && t.get(k + 1).is("to")) {
            k++;
        }
        if (k >= t.size() || !Set.of("on", "over", "with", "between", "to", "for").contains(t.get(k).lower())) {
            return "";
        }
        int start = k + 1;
        int end = start;
        while (end < t.size() && end - start < 12 && (t.get(end).word() || t.get(end).text().equals("-"))
                && !t.get(end).is("including") && !t.get(end).is("that") && !t.get(end).is("which")
                && !t.get(end).is("are") && !t.get(end).is("is") && !t.get(end).is("was") && !t.get(end).is("were")
                && !TIME_WORDS.contains(t.get(end).lower())) {
            end++;
        }
        return end > start ? text.text(t.get(start).start(), t.get(end - 1).end()) : "";
    }

    private String label(ArticleText text, List<Token> t, int modifiersFrom, int noun, String complement) {
        String head = singular(t.get(noun).lower());
        String modifiers = modifiersFrom < noun ? text.text(t.get(modifiersFrom).start(), t.get(noun - 1).end()) : "";
        modifiers = stripCountries(modifiers);
        if (!complement.isEmpty() && countriesInText(complement).isEmpty() && PageCleaner.wordCount(complement) <= 3) {
            return (modifiers.isEmpty() ? "" : modifiers + " ") + complement.toLowerCase(Locale.ROOT) + " " + head;
        }
        if (!complement.isEmpty() && countriesInText(complement).isEmpty()) {
            return (modifiers.isEmpty() ? "" : modifiers + " ") + head + " on " + complement.toLowerCase(Locale.ROOT);
        }
        return (modifiers.isEmpty() ? "" : modifiers + " ") + head;
    }

    private String stripCountries(String modifiers) {
        StringBuilder out = new StringBuilder();
        for (String word : modifiers.split(" ")) {
            boolean country = false;
            for (String part : word.split("-")) {
                country |= lexicon.countryOf(part) != null;
            }
            if (!country && !word.isEmpty() && !Character.isUpperCase(word.charAt(0))) {
                out.append(out.length() > 0 ? " " : "").append(word.toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private void addTopics(Found f, String complement, String rest) {
        int including = rest.indexOf("including ");
        if (including >= 0) {
            String list = rest.substring(including + "including ".length());
            if (list.startsWith("on ")) {
                list = list.substring(3);
            }
            int stop = firstOf(list, ",.;:");
            f.topics.addAll(splitList(list.substring(0, stop)));
        }
        if (f.topics.isEmpty() && !complement.isEmpty() && countriesInText(complement).isEmpty()) {
            f.topics.addAll(splitList(complement));
        }
    }

    private static List<String> splitList(String list) {
        List<String> out = new ArrayList<>();
        for (String part : LIST_ITEMS.split(list)) {
            String p = part.strip();
            if (!p.isEmpty() && PageCleaner.wordCount(p) <= 5) {
                out.add(p.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private AgreementStatus status(String lowered, AgreementStatus fallback) {
        for (String[] cue : STATUS_CUES) {
            for (int k = 1; k < cue.length; k++) {
                if (lowered.contains(cue[k])) {
                    return AgreementStatus.valueOf(cue[0]);
                }
            }
        }
        return fallback;
    }

    /** The two countries an article is about: the most mentioned, counting leaders as their country. */
    private List<String> mainCountries(ArticleText text, ExpertFinder.People people) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : text.sentences()) {
            for (String c : countryMentions(text, s.tokens(), 0, s.tokens().size(), false)) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        for (Person.Mention m : people.mentions) {
            String c = m.person().knownCountry;
            if (c != null) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        List<String> main = new ArrayList<>();
        for (int k = 0; k < Math.min(2, ranked.size()); k++) {
            if (ranked.get(k).getValue() >= 2) {
                main.add(ranked.get(k).getKey());
            }
        }
        if (main.size() == 2 && ranked.size() > 2 && ranked.get(2).getValue().equals(ranked.get(1).getValue())) {
            main.remove(1);
        }
        return main;
    }

    private Set<String> peopleCountries(Sentence s, ExpertFinder.People people) {
        Set<String> out = new LinkedHashSet<>();
        for (Token tok : s.tokens()) {
            Person.Mention m = people.byTokenStart.get(tok.start());
            if (m != null && m.person().knownCountry != null && !tok.inQuote()) {
                out.add(m.person().knownCountry);
            }
        }
        return out;
    }

    private Set<String> countriesIn(ArticleText text, List<Token> t, int from, int to, boolean includeQuoted) {
        return new LinkedHashSet<>(countryMentions(text, t, from, to, includeQuoted));
    }

    /** Country names, demonyms and capitals in the token range, hyphenated compounds included ("US-South Korea-Japan"). */
    private List<String> countryMentions(ArticleText text, List<Token> t, int from, int to, boolean includeQuoted) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (!tok.word() || !Character.isUpperCase(tok.text().charAt(0)) || tok.inQuote() && !includeQuoted) {
                continue;
            }
            int best = 0;
            String country = null;
            int longest = lexicon.countryFirstWords.contains(tok.lower()) ? Math.min(lexicon.longestCountryWords, to - k) : 0;
            for (int n = longest; n >= 1; n--) {
                String c = lexicon.countryOfLower(text.lowerText(tok.start(), t.get(k + n - 1).end()));
                if (c != null) {
                    best = n;
                    country = c;
                    break;
                }
            }
            if (country != null) {
                out.add(country);
                k += best - 1;
            } else if (tok.text().indexOf('-') > 0) {
                // "US-South" + "Korea-Japan": rejoin the compound and read its parts
                int end = k;
                while (end + 1 < to && t.get(end + 1).word() && t.get(end).end() + 1 == t.get(end + 1).start()
                        && t.get(end + 1).text().indexOf('-') >= 0) {
                    end++;
                }
                if (end + 1 < to && t.get(end + 1).capitalised() && t.get(end + 1).start() == t.get(end).end() + 1
                        && t.get(end).text().indexOf('-') >= 0) {
                    end++;
                }
                out.addAll(countriesInText(text.text(tok.start(), t.get(end).end())));
                k = end;
            }
        }
        return out;
    }

    private Set<String> countriesInText(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String part : COMPOUND_PARTS.split(s)) {
            String c = lexicon.countryOf(part.strip());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** Separators of a compound or list of countries; compiled once, since String.split compiles them per call. */
    private static final Pattern COMPOUND_PARTS = Pattern.compile("-| and |, ");
    private static final Pattern LIST_ITEMS = Pattern.compile(",| and ");

    /** Words without which {@link #find}'s exchange phrases ("in exchange for", "agreed to") cannot occur. */
    private static final Set<String> EXCHANGE_WORDS = Set.of("exchange", "return", "agree", "agreed");

    /**
     * Whether the sentence holds an agreement noun or a word of an exchange phrase; a sentence with neither
     * yields nothing, and most sentences have neither, so its lower-cased words are never built.
     */
    private boolean mayMentionAgreement(Sentence s) {
        for (Token tok : s.tokens()) {
            if (tok.word() && (lexicon.agreementNouns.contains(tok.lower()) || EXCHANGE_WORDS.contains(tok.lower()))) {
                return true;
            }
        }
        return false;
    }

    private static String loweredWords(Sentence s) {
        StringBuilder b = new StringBuilder(" ");
        for (Token tok : s.tokens()) {
            if (tok.word()) {
                b.append(tok.lower()).append(' ');
            }
        }
        return b.toString();
    }

    private static int countOf(String haystack, String needle) {
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static int indexOfWord(List<Token> t, String word, int from) {
        for (int k = from; k < t.size(); k++) {
            if (t.get(k).is(word)) {
                return k;
            }
        }
        return -1;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static String singular(String noun) {
        if (noun.equals("treaties")) {
            return "treaty";
        }
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }
}

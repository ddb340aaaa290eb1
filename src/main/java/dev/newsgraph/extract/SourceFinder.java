package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finds the news outlets an article cites: known outlets by name or misspelling, unknown ones by pattern. */
final class SourceFinder {

    /** One mention of an outlet. {@code stateRun} is what the words around it say, or null. */
    record Hit(String name, SourceKind kind, String surface, int start, int end, Boolean stateRun, int sentence) {
    }

    private static final Set<String> STATE_WORDS = Set.of("state-run", "state-owned", "state-controlled", "state",
            "official", "government-run", "government-owned", "state-backed", "state-affiliated", "regime-run");
    private static final Set<String> OUTLET_ENDINGS = Set.of("news", "times", "post", "journal", "herald", "daily",
            "radio", "tv", "television", "agency", "press", "tribune", "gazette", "telegraph", "broadcasting", "network",
            "channel", "shimbun", "sinmun", "ilbo", "sun", "mail", "observer", "express", "chronicle", "today");

    /** Shorter names are too close to each other ("RIA", "RT", "AP") for a misspelling to be told apart. */
    private static final int MIN_FUZZY_LENGTH = 6;

    private final Lexicon lexicon;

    /** An alias to compare a possible misspelling with, lower-cased and its acronyms worked out once. */
    private record FuzzyAlias(Lexicon.Outlet outlet, int length, String lower, String acronyms) {
    }

    /** {@link Lexicon#outletsByInitial}, each outlet's aliases spelt out in the order closest() compares them. */
    private final Map<Character, List<FuzzyAlias>> fuzzyByInitial = new java.util.HashMap<>();

    SourceFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (Map.Entry<Character, List<Lexicon.Outlet>> e : lexicon.outletsByInitial.entrySet()) {
            List<FuzzyAlias> aliases = new ArrayList<>();
            for (Lexicon.Outlet outlet : e.getValue()) {
                for (String alias : outlet.aliases()) {
                    aliases.add(new FuzzyAlias(outlet, alias.length(), alias.toLowerCase(Locale.ROOT), acronymsOf(alias)));
                }
            }
            fuzzyByInitial.put(e.getKey(), List.copyOf(aliases));
        }
    }

    /** An unlisted outlet found by pattern, remembered so later bare mentions ("Andina reported") count too. */
    private record Learned(String name, SourceKind kind) {
    }

    /** Bound on outlets learned per article, which keeps the second pass cheap on adversarial pages. */
    private static final int MAX_LEARNED = 50;

    List<Hit> find(ArticleText text) {
        Map<String, Learned> learned = new java.util.HashMap<>();
        List<Hit> hits = scan(text, learned);
        for (Hit h : hits) {
            if (learned.size() < MAX_LEARNED && !lexicon.outletsByAlias.containsKey(h.name().toLowerCase(Locale.ROOT))) {
                learned.putIfAbsent(h.name().toLowerCase(Locale.ROOT), new Learned(h.name(), h.kind()));
            }
        }
        // an outlet the list lacks is only recognised by its cue ("the Andina newspaper"); scan again to find it bare
        return learned.isEmpty() ? hits : scan(text, learned);
    }

    private List<Hit> scan(ArticleText text, Map<String, Learned> learned) {
        List<Hit> hits = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                if (!tok.word() || tok.inQuote() || !Character.isUpperCase(tok.text().charAt(0))) {
                    continue;
                }
                Hit hit = known(text, s, i, learned);
                if (hit == null) {
                    hit = byPattern(text, s, i);
                }
                if (hit != null) {
                    hits.add(hit);
                    i = s.tokenAt(hit.end()) - 1;
                }
            }
        }
        return hits;
    }

    /** Aggregates mentions into one source per canonical name, in order of first mention. */
    static List<ExtractedSource> sources(ArticleText text, List<Hit> hits) {
        Map<String, List<Hit>> byName = new LinkedHashMap<>();
        for (Hit h : hits) {
            byName.computeIfAbsent(h.name(), k -> new ArrayList<>()).add(h);
        }
        List<ExtractedSource> out = new ArrayList<>();
        for (Map.Entry<String, List<Hit>> e : byName.entrySet()) {
            List<String> aliases = new ArrayList<>();
            List<TextSpan> mentions = new ArrayList<>();
            Boolean stateRun = null;
            for (Hit h : e.getValue()) {
                if (!aliases.contains(h.surface())) {
                    aliases.add(h.surface());
                }
                mentions.add(text.span(h.start(), h.end()));
                if (h.stateRun() != null && stateRun == null) {
                    stateRun = h.stateRun();
                }
            }
            out.add(new ExtractedSource(e.getKey(), List.copyOf(aliases), e.getValue().get(0).kind(), stateRun, List.copyOf(mentions)));
        }
        return out;
    }

    private Hit known(ArticleText text, Sentence s, int i, Map<String, Learned> learned) {
        List<Token> t = s.tokens();
        for (int n = Math.min(lexicon.longestOutletWords, t.size() - i); n >= 1; n--) {
            Token last = t.get(i + n - 1);
            if (!last.word() || last.inQuote()) {
                continue;
            }
            String lower = text.lowerText(t.get(i).start(), last.end());
            Lexicon.Outlet outlet = lexicon.outletsByAlias.get(lower);
            if (outlet != null && isCapitalisedOrAcronym(last.text())) {
                return hit(text, s, i, i + n - 1, outlet.name(), outlet.kind());
            }
            Learned seen = learned.get(lower);
            if (seen != null && allCapitalised(t, i, i + n - 1) && wholeName(t, i, i + n - 1)) {
                return hit(text, s, i, i + n - 1, seen.name(), seen.kind());
            }
            // the longest misspelt name wins over a shorter exact alias: "Asahi Shinbun" is one name, not "Asahi"
            outlet = allCapitalised(t, i, i + n - 1) && wholeName(t, i, i + n - 1)
                    ? closest(text.text(t.get(i).start(), last.end()), lower) : null;
            if (outlet != null) {
                return hit(text, s, i, i + n - 1, outlet.name(), outlet.kind());
            }
        }
        return null;
    }

    /** A near miss must be the whole capitalised run: "Reuter" in "Paul Reuter" is a surname, not Reuters. */
    private boolean wholeName(List<Token> t, int first, int last) {
        boolean joinedBefore = first > 0 && t.get(first - 1).capitalised() && !lexicon.stopwords.contains(t.get(first - 1).lower());
        boolean joinedAfter = last + 1 < t.size() && t.get(last + 1).capitalised();
        return !joinedBefore && !joinedAfter;
    }

    private static boolean allCapitalised(List<Token> t, int first, int last) {
        for (int k = first; k <= last; k++) {
            Token tok = t.get(k);
            if (!tok.word() || tok.inQuote() || !isCapitalisedOrAcronym(tok.text())) {
                return false;
            }
        }
        return true;
    }

    /** "the X news agency", "the X newspaper", "newspaper (article) X", "told X News": outlets missing from the list. */
    private Hit byPattern(ArticleText text, Sentence s, int i) {
        List<Token> t = s.tokens();
        int end = i;
        while (end + 1 < t.size() && end - i < 3 && t.get(end + 1).capitalised() && !t.get(end + 1).inQuote()
                && !lexicon.stopwords.contains(t.get(end + 1).lower())) {
            end++;
        }
        if (lexicon.stopwords.contains(t.get(i).lower()) || lexicon.countryOfLower(t.get(i).lower()) != null && end == i) {
            return null;
        }
        String after = lowerWords(t, end + 1, 2);
        String before = lowerWordsBefore(t, i, 2);
        SourceKind kind = null;
        if (after.startsWith("news agency") || after.startsWith("agency ")) {
            kind = SourceKind.NEWS_AGENCY;
        } else if (after.startsWith("newspaper") || after.startsWith("daily ") || after.equals("daily")) {
            kind = SourceKind.NEWSPAPER;
        } else if (after.startsWith("broadcaster") || after.startsWith("television") || after.startsWith("tv ")) {
            kind = SourceKind.BROADCASTER;
        } else if (before.endsWith("newspaper") || before.endsWith("newspaper article") || before.endsWith("daily")
                || before.endsWith("newspaper report")) {
            kind = SourceKind.NEWSPAPER;
        } else if (before.endsWith("news agency") || before.endsWith("agency")) {
            kind = SourceKind.NEWS_AGENCY;
        } else if (before.endsWith("broadcaster")) {
            kind = SourceKind.BROADCASTER;
        } else if ((before.endsWith("told") || before.endsWith("according to") || before.endsWith("reported by"))
                && OUTLET_ENDINGS.contains(t.get(end).lower())) {
            kind = SourceKind.OUTLET;
        }
        if (kind == null) {
            return null;
        }
        String surface = text.text(t.get(i).start(), t.get(end).end());
        Lexicon.Outlet close = closest(surface);
        if (close != null) {
            return hit(text, s, i, end, close.name(), close.kind());
        }
        return hit(text, s, i, end, surface, kind);
    }

    /**
     * A known outlet that the surface form misspells ("Rodang Sinmun", "Asahi Shinbun"). The allowed edit
     * distance grows with length (one edit per eight characters, none below six), the first letter must agree,
     * and acronyms must match exactly, so that "CBS News" never becomes "NBC News".
     */
    Lexicon.Outlet closest(String surface) {
        return closest(surface, surface.toLowerCase(Locale.ROOT));
    }

    /** {@link #closest(String)} given the surface already lower-cased. */
    private Lexicon.Outlet closest(String surface, String lower) {
        if (lower.length() < MIN_FUZZY_LENGTH) {
            return null;
        }
        int allowed = Math.max(1, lower.length() / 8);
        List<FuzzyAlias> candidates = fuzzyByInitial.get(lower.charAt(0));
        if (candidates == null) {
            return null;
        }
        String acronyms = null;
        Lexicon.Outlet best = null;
        int bestDistance = allowed + 1;
        for (FuzzyAlias alias : candidates) {
            if (Math.abs(alias.length() - lower.length()) > allowed) {
                continue;
            }
            String a = alias.lower();
            if (a.charAt(0) != lower.charAt(0)) {
                continue;
            }
            acronyms = acronyms != null ? acronyms : acronymsOf(surface);
            if (!alias.acronyms().equals(acronyms)) {
                continue;
            }
            int d = EditDistance.bounded(a, lower, allowed);
            if (d < bestDistance) {
                bestDistance = d;
                best = alias.outlet();
            }
        }
        return best;
    }

    /** The all-capital words of a name ("CBS" in "CBS News"), which a misspelling must keep. */
    private static String acronymsOf(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.split(" ")) {
            if (word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                b.append(word).append(' ');
            }
        }
        return b.toString();
    }

    private Hit hit(ArticleText text, Sentence s, int first, int last, String name, SourceKind kind) {
        List<Token> t = s.tokens();
        int end = t.get(last).end();
        // "Tass news agency", "Yonhap news agency": the descriptor is part of how the source is named
        String after = lowerWords(t, last + 1, 2);
        if (after.startsWith("news agency")) {
            end = t.get(last + 2).end();
        } else if (after.startsWith("newspaper") || after.startsWith("agency") || after.startsWith("broadcaster")) {
            end = t.get(last + 1).end();
        }
        int start = t.get(first).start();
        return new Hit(name, kind, text.text(start, end), start, end, stateRun(t, first, s.tokenAt(end)), s.index());
    }

    private Boolean stateRun(List<Token> t, int first, int afterLast) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            String w = t.get(k).lower();
            if (STATE_WORDS.contains(w)) {
                return Boolean.TRUE;
            }
            if (w.equals("independent")) {
                return Boolean.FALSE;
            }
            if (!t.get(k).word() || w.equals("according") || w.equals("told")) {
                break;
            }
        }
        if (afterLast < t.size() && t.get(afterLast).text().equals(",")) {
            for (int k = afterLast + 1; k < Math.min(t.size(), afterLast + 6); k++) {
                String w = t.get(k).lower();
                if (STATE_WORDS.contains(w)) {
                    return Boolean.TRUE;
                }
                if (w.equals("independent")) {
                    return Boolean.FALSE;
                }
                if (!t.get(k).word()) {
                    break;
                }
            }
        }
        return null;
    }

    private static boolean isCapitalisedOrAcronym(String word) {
        return Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
    }

    private static String lowerWords(List<Token> t, int from, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < t.size() && k < from + n && t.get(k).word(); k++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.get(k).lower());
        }
        return b.toString();
    }

    private static String lowerWordsBefore(List<Token> t, int to, int n) {
        int from = to;
        while (from > 0 && to - from < n && t.get(from - 1).word()) {
            from--;
        }
        return lowerWords(t, from, to - from);
    }
}

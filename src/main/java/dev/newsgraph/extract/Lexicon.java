package dev.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The bundled word lists that drive extraction, loaded once from {@code src/main/resources/extract/}. */
public final class Lexicon {

    /** Every word list, listed explicitly so a native image can register them as resources. */
    public static final List<String> RESOURCE_FILES = List.of(
            "extract/reporting-verbs.txt",
            "extract/denial-verbs.txt",
            "extract/titles.txt",
            "extract/groups.txt",
            "extract/countries.txt",
            "extract/outlets.txt",
            "extract/public-figures.txt",
            "extract/agreement-nouns.txt",
            "extract/boilerplate.txt",
            "extract/site-accounts.txt",
            "extract/continuation-openers.txt",
            "extract/stopwords.txt",
            "extract/synonyms.txt",
            "extract/organisation-words.txt",
            "extract/given-names.txt");

    /** A known outlet. {@code stateOwned} is background knowledge and never reported as stateRun. */
    record Outlet(String name, SourceKind kind, String country, List<String> aliases) {
    }

    /**
     * A line pattern of page furniture; {@code shortOnly} patterns apply to short lines only. {@code hint} is
     * text every matching line contains (or ""), and {@code prefixes} texts one of which every matching line
     * starts with (or none), both checked first so most lines never reach the regex.
     */
    record BoilerplatePattern(Pattern pattern, boolean shortOnly, String hint, List<String> prefixes) {

        BoilerplatePattern(Pattern pattern, boolean shortOnly, String hint) {
            this(pattern, shortOnly, hint, requiredPrefixes(pattern.pattern()));
        }

        boolean matches(String lowerLine) {
            return startsWithAny(lowerLine) && lowerLine.contains(hint) && pattern.matcher(lowerLine).matches();
        }

        private boolean startsWithAny(String lowerLine) {
            if (prefixes.isEmpty()) {
                return true;
            }
            for (String prefix : prefixes) {
                if (lowerLine.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    final Set<String> reportingVerbs;
    final Set<String> denialVerbs;
    /** Role word (lower case, possibly several words) to expert category. */
    final Map<String, ExpertCategory> titles;
    final int longestTitleWords;
    final Map<String, ClaimantType> groups;
    /** Given name to the pronoun it usually takes: 'm' (he) or 'f' (she). */
    final Map<String, Character> givenNames;
    /** Lower-cased alias (or canonical name) to canonical country name. */
    final Map<String, String> countries;
    final int longestCountryWords;
    /** Lower-cased first words of every country alias, to skip look-ups for words that start none. */
    final Set<String> countryFirstWords;
    final List<Outlet> outlets;
    /** Lower-cased alias to outlet. */
    final Map<String, Outlet> outletsByAlias;
    /** Lower-cased first letter of any alias to the outlets having such an alias, for fuzzy look-ups. */
    final Map<Character, List<Outlet>> outletsByInitial;
    final int longestOutletWords;
    /** Normalised full name (lower case, hyphens as spaces) to country. */
    final Map<String, String> publicFigures;
    final Set<String> agreementNouns;
    final List<BoilerplatePattern> boilerplate;
    final Set<String> siteAccounts;
    final List<String> continuationOpeners;
    final Set<String> stopwords;
    /** Stemmed term to its canonical stemmed term. */
    final Map<String, String> synonyms;
    /** Capitalised words that make a name an organisation or place rather than a person. */
    final Set<String> organisationWords;

    private Lexicon() {
        reportingVerbs = lookup(lines("reporting-verbs.txt"));
        denialVerbs = lookup(lines("denial-verbs.txt"));
        Map<String, ExpertCategory> t = new HashMap<>();
        int longest = 1;
        for (String line : lines("titles.txt")) {
            String[] parts = line.split("\t");
            t.put(parts[0].trim(), ExpertCategory.valueOf(parts[1].trim()));
            longest = Math.max(longest, parts[0].trim().split(" ").length);
        }
        titles = Collections.unmodifiableMap(t);
        longestTitleWords = longest;
        Map<String, ClaimantType> g = new HashMap<>();
        for (String line : lines("groups.txt")) {
            String[] parts = line.split("\t");
            g.put(parts[0].trim(), ClaimantType.valueOf(parts[1].trim()));
        }
        groups = Collections.unmodifiableMap(g);
        Map<String, String> c = new HashMap<>();
        longest = 1;
        for (String line : lines("countries.txt")) {
            String[] parts = line.split("\\|");
            for (String alias : parts) {
                String key = alias.trim().toLowerCase(Locale.ROOT);
                c.put(key, parts[0].trim());
                // the tokenizer leaves the final dot of "U.S." as punctuation
                if (key.endsWith(".")) {
                    c.put(key.substring(0, key.length() - 1), parts[0].trim());
                }
                longest = Math.max(longest, alias.trim().split(" ").length);
            }
        }
        countries = Collections.unmodifiableMap(c);
        Set<String> firstWords = new HashSet<>();
        for (String alias : c.keySet()) {
            String first = alias.split(" ")[0];
            firstWords.add(first);
            // the tokenizer splits a possessive off ("People" + "'s" in "People's Republic of China")
            firstWords.add(first.split("['’]")[0]);
        }
        countryFirstWords = lookup(firstWords);
        longestCountryWords = longest;
        List<Outlet> o = new ArrayList<>();
        Map<String, Outlet> byAlias = new HashMap<>();
        longest = 1;
        for (String line : lines("outlets.txt")) {
            String[] parts = line.split("\\|");
            List<String> aliases = new ArrayList<>();
            aliases.add(parts[0].trim());
            for (int i = 4; i < parts.length; i++) {
                aliases.add(parts[i].trim());
            }
            Outlet outlet = new Outlet(parts[0].trim(), SourceKind.valueOf(parts[1].trim()), parts[2].trim(), List.copyOf(aliases));
            o.add(outlet);
            for (String alias : aliases) {
                byAlias.put(alias.toLowerCase(Locale.ROOT), outlet);
                longest = Math.max(longest, alias.split(" ").length);
            }
        }
        outlets = List.copyOf(o);
        outletsByAlias = Collections.unmodifiableMap(byAlias);
        Map<Character, List<Outlet>> byInitial = new HashMap<>();
        for (Outlet outlet : o) {
            for (String alias : outlet.aliases()) {
                List<Outlet> list = byInitial.computeIfAbsent(Character.toLowerCase(alias.charAt(0)), k -> new ArrayList<>());
                if (!list.contains(outlet)) {
                    list.add(outlet);
                }
            }
        }
        byInitial.replaceAll((k, v) -> List.copyOf(v));
        outletsByInitial = Collections.unmodifiableMap(byInitial);
        longestOutletWords = longest;
        Map<String, String> f = new HashMap<>();
        for (String line : lines("public-figures.txt")) {
            String[] parts = line.split("\\|");
            f.put(nameKey(parts[0]), parts[1].trim());
        }
        publicFigures = Collections.unmodifiableMap(f);
        agreementNouns = lookup(lines("agreement-nouns.txt"));
        List<BoilerplatePattern> b = new ArrayList<>();
        for (String line : lines("boilerplate.txt")) {
            boolean shortOnly = line.startsWith("short:");
            String regex = shortOnly ? line.substring(6) : line;
            b.add(new BoilerplatePattern(Pattern.compile(regex), shortOnly, requiredLiteral(regex)));
        }
        boilerplate = List.copyOf(b);
        siteAccounts = lookup(lines("site-accounts.txt"));
        continuationOpeners = List.copyOf(lines("continuation-openers.txt"));
        stopwords = lookup(lines("stopwords.txt"));
        Map<String, String> s = new LinkedHashMap<>();
        for (String line : lines("synonyms.txt")) {
            String[] parts = line.split("\\|");
            String canonical = Stemmer.stem(parts[0].trim());
            for (String p : parts) {
                s.put(Stemmer.stem(p.trim()), canonical);
            }
        }
        synonyms = Collections.unmodifiableMap(s);
        organisationWords = lookup(lines("organisation-words.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        Map<String, Character> names = new HashMap<>();
        for (String line : lines("given-names.txt")) {
            String[] parts = line.split("\t");
            names.put(parts[0].trim(), parts[1].trim().charAt(0));
        }
        givenNames = Collections.unmodifiableMap(names);
    }

    /** The shared instance; the lists are immutable, so one copy serves every thread. */
    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    /** Key under which names are compared: lower case, hyphens and possessives ignored. */
    static String nameKey(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && key.length() > 0) {
                key.append(' ');
            }
            space = false;
            key.append(c == '’' ? '\'' : c);
        }
        return key.toString();
    }

    /**
     * The longest run of plain letters and spaces that every match of the regex must contain, or "" when
     * the regex has a top-level alternative. Groups, classes, escapes and quantified letters end a run.
     */
    static String requiredLiteral(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
            boolean plain = depth == 0 && (c >= 'a' && c <= 'z' || c == ' ') && next != '?' && next != '*' && next != '{';
            if (plain) {
                run.append(c);
                continue;
            }
            if (run.length() > best.length()) {
                best = run.toString();
            }
            run.setLength(0);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                while (i < regex.length() && regex.charAt(i) != ']') {
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return "";
            }
        }
        return run.length() > best.length() ? run.toString() : best;
    }

    /**
     * Texts one of which every whole-input match of the regex starts with, or none when that is not plain to
     * see: the regex must open with plain letters and spaces, or with a group of alternatives that each do
     * (and that is not optional), and hold no character class and no alternative outside a group. A letter
     * made optional or repeated by the quantifier after it ends the prefix before it ("shares?" gives "share").
     * The furniture patterns mostly open with a list of words, so this turns most lines away before the regex.
     */
    static List<String> requiredPrefixes(String regex) {
        if (regex.indexOf('[') >= 0 || hasTopLevelAlternative(regex)) {
            return List.of();
        }
        if (!regex.startsWith("(")) {
            String prefix = plainStart(regex);
            return prefix.isEmpty() ? List.of() : List.of(prefix);
        }
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int from = 1;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == '|' && depth == 1) {
                alternatives.add(regex.substring(from, i));
                from = i + 1;
            } else if (c == ')' && --depth == 0) {
                alternatives.add(regex.substring(from, i));
                char after = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
                if (after == '?' || after == '*' || after == '+' || after == '{') {
                    return List.of();
                }
                List<String> prefixes = new ArrayList<>();
                for (String alternative : alternatives) {
                    String prefix = plainStart(alternative);
                    if (prefix.isEmpty()) {
                        return List.of();
                    }
                    prefixes.add(prefix);
                }
                return List.copyOf(prefixes);
            }
        }
        return List.of();
    }

    /** The opening run of plain lower-case letters and spaces that no quantifier applies to. */
    private static String plainStart(String regex) {
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
            if (!(c >= 'a' && c <= 'z' || c == ' ') || next == '?' || next == '*' || next == '+' || next == '{') {
                break;
            }
            i++;
        }
        return regex.substring(0, i);
    }

    private static boolean hasTopLevelAlternative(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    String countryOf(String surface) {
        return countries.get(surface.toLowerCase(Locale.ROOT));
    }

    /** {@link #countryOf} of text already lower-cased (a token's {@code lower}), without lower-casing it again. */
    String countryOfLower(String lower) {
        return countries.get(lower);
    }

    private static List<String> lines(String file) {
        String path = "extract/" + file;
        if (!RESOURCE_FILES.contains(path)) {
            throw new IllegalStateException("word list not registered in RESOURCE_FILES: " + path);
        }
        InputStream in = ArticleExtractor.class.getResourceAsStream("/" + path);
        if (in == null) {
            throw new IllegalStateException("missing word list " + path);
        }
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && seen.add(trimmed)) {
                    result.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** Word lists are looked up for every token, and a hash set's lookup is cheaper than an immutable set's probe. */
    private static Set<String> lookup(java.util.Collection<String> words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(words));
    }
}

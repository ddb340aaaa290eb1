package dev.newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Decides whether two claims, possibly from different articles, assert the same proposition.
 * The persistence layer stores {@link #keyTerms(String)} per claim to find candidates cheaply,
 * then confirms each candidate with {@link #sameProposition(String, String)}.
 */
public final class ClaimComparison {

    /** Shared terms needed, both absolute and as a share of the shorter claim's terms. */
    private static final int MIN_SHARED = 3;
    private static final double MIN_SHARE_OF_SHORTER = 0.5;
    private static final int MAX_TERMS_TEXT = 5000;

    private ClaimComparison() {
    }

    /** Normalised content terms of a claim text (lower case, stemmed, synonyms folded), used as a candidate index. */
    public static Set<String> keyTerms(String claimText) {
        Lexicon lexicon = Lexicon.get();
        Set<String> terms = new LinkedHashSet<>();
        if (claimText == null) {
            return terms;
        }
        String text = claimText.length() > MAX_TERMS_TEXT ? claimText.substring(0, MAX_TERMS_TEXT) : claimText;
        String[] words = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}.'-]+");
        for (int i = 0; i < words.length; i++) {
            String w = strip(words[i]);
            if (w.isEmpty()) {
                continue;
            }
            // countries in any form fold to one term: "US", "American", "Washington" -> "united states"
            String country = null;
            int used = 0;
            for (int n = Math.min(lexicon.longestCountryWords, words.length - i); n >= 1 && country == null; n--) {
                StringBuilder phrase = new StringBuilder(w);
                for (int k = 1; k < n; k++) {
                    phrase.append(' ').append(strip(words[i + k]));
                }
                country = lexicon.countryOf(phrase.toString());
                used = n;
            }
            if (country != null && !(used == 1 && lexicon.stopwords.contains(w))) {
                terms.add(country.toLowerCase(java.util.Locale.ROOT));
                i += used - 1;
                continue;
            }
            if (lexicon.stopwords.contains(w) || w.length() < 2) {
                continue;
            }
            String stem = Stemmer.stem(w);
            terms.add(lexicon.synonyms.getOrDefault(stem, stem));
        }
        return terms;
    }

    /** True when both claim texts assert the same thing. */
    public static boolean sameProposition(String claimText, String otherClaimText) {
        return sameProposition(keyTerms(claimText), keyTerms(otherClaimText));
    }

    /**
     * True when two claims, given by their {@link #keyTerms(String)}, assert the same thing. Lets a caller that
     * has the terms already (stored with each claim) compare without deriving them again.
     */
    public static boolean sameProposition(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String term : a) {
            if (b.contains(term)) {
                shared++;
            }
        }
        return sameProposition(shared, a.size(), b.size());
    }

    /**
     * The same decision from counts alone: how many key terms two claims share and how many each has. Lets a
     * caller that counted the shared terms from an index decide without either term list.
     */
    public static boolean sameProposition(int shared, int terms, int otherTerms) {
        if (terms == 0 || otherTerms == 0) {
            return false;
        }
        int shorter = Math.min(terms, otherTerms);
        return shared >= Math.min(MIN_SHARED, shorter) && shared >= MIN_SHARE_OF_SHORTER * shorter;
    }

    private static String strip(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && "'.-".indexOf(w.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && "'.-".indexOf(w.charAt(e - 1)) >= 0) {
            e--;
        }
        String out = w.substring(s, e);
        return out.endsWith("'s") ? out.substring(0, out.length() - 2) : out;
    }
}

package dev.newsgraph.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** The normalised form under which a person or agreement is stored once, however a text spells it. */
final class NameKeys {

    private NameKeys() {
    }

    /** Lower case, accents and punctuation folded, whitespace collapsed: "Leif-Erik  Easley" → "leif erik easley". */
    static String of(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}

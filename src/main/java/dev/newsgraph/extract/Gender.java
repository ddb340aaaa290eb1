package dev.newsgraph.extract;

import java.util.Set;

/**
 * Which of "he" and "she" can stand for a person, from what the text itself prints: an honorific before a
 * mention ("Mr.", "Mrs.", "Ms."), a gendered role word ("spokeswoman") or a common given name. Unknown
 * ('?') fits both.
 */
final class Gender {

    static final char UNKNOWN = '?';
    private static final Set<String> MALE_WORDS = Set.of("mr", "spokesman", "congressman", "chairman", "businessman",
            "father", "son", "husband", "brother", "king", "sir");
    private static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "miss", "spokeswoman", "congresswoman",
            "chairwoman", "businesswoman", "mother", "daughter", "wife", "sister", "queen", "first lady", "madam");

    private Gender() {
    }

    static boolean known(char g) {
        return g != UNKNOWN;
    }

    static char of(Person p, ArticleText text, Lexicon lexicon) {
        if (p.role != null) {
            for (String w : p.role.toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
                if (MALE_WORDS.contains(w)) {
                    return 'm';
                }
                if (FEMALE_WORDS.contains(w)) {
                    return 'f';
                }
            }
        }
        int checked = 0;
        for (Person.Mention m : p.mentions) {
            if (++checked > 20) {
                break;
            }
            String before = text.body.substring(Math.max(0, m.start() - 5), m.start()).toLowerCase(java.util.Locale.ROOT);
            if (before.endsWith("mr. ") || before.endsWith("mr ")) {
                return 'm';
            }
            if (before.endsWith("mrs. ") || before.endsWith("ms. ") || before.endsWith("mrs ") || before.endsWith("ms ")) {
                return 'f';
            }
        }
        if (p.parts.length >= 2) {
            Character g = lexicon.givenNames.get(p.parts[0]);
            if (g != null) {
                return g;
            }
        }
        return UNKNOWN;
    }
}

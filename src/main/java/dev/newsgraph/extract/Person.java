package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/** A person named in the article, with what the text says about them; filled in by {@link ExpertFinder}. */
final class Person {

    final String name;
    final String key;
    final String[] parts;
    String role;
    String affiliation;
    ExpertCategory category = ExpertCategory.OTHER;
    /** Country from the public-figures list: office holders quoted without a printed role. */
    String knownCountry;
    /** Whether the text gives evidence this is a person (role, title, speech verb, known figure). */
    boolean confirmed;
    final List<Mention> mentions = new ArrayList<>();

    /** A mention: the name itself plus the surrounding title phrase or appositive. */
    record Mention(Person person, int start, int end, int phraseStart, int phraseEnd, int sentence) {
    }

    Person(String name) {
        this(name, name);
    }

    /** A person printed as {@code name} ("Mr. Varga") but known by {@code keyName} ("Varga"). */
    Person(String name, String keyName) {
        this.name = name;
        this.key = Lexicon.nameKey(keyName);
        this.parts = key.split(" ");
    }

    boolean isOfficial() {
        return category == ExpertCategory.OFFICIAL || category != ExpertCategory.ANALYST && knownCountry != null;
    }

    ClaimantType claimantType() {
        if (category == ExpertCategory.ANALYST) {
            return ClaimantType.EXPERT;
        }
        return isOfficial() ? ClaimantType.OFFICIAL : ClaimantType.OTHER;
    }

    boolean hasRoleWord(String word) {
        return role != null && (" " + role.toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + word + " ");
    }
}

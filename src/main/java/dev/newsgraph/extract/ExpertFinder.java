package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people an article names, their roles and affiliations (appositives such as "X, a professor
 * of ... at Y", pre-modifier titles such as "Kremlin foreign policy aide X") and every later mention
 * by surname or title.
 */
final class ExpertFinder {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("at", "with", "for", "of", "from");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "du", "la", "und", "&");
    private static final Set<String> ROLE_STOPS = Set.of("at", "with", "for", "in", "from", "on", "who", "which",
            "whose", "and", "but", "to", "said", "says", "told", "based", "by");
    private static final int MAX_APPOSITIVE_TOKENS = 40;
    /** Capitalised words that open a sentence or a title phrase and never begin a person's name. */
    private static final Set<String> RUN_OPENERS = Set.of("former", "well", "see", "because", "neither", "maybe",
            "perhaps", "yes", "oh", "meanwhile", "like", "unlike", "only", "even", "still", "sadly", "clearly",
            "instead", "besides", "although", "though", "whether", "either", "indeed", "thus", "hence");
    /** Party words that stand before or after a name ("Republican Donald Trump") or make a run a label ("Ohio Republican"). */
    private static final Set<String> PARTIES = Set.of("republican", "republicans", "democrat", "democrats", "democratic",
            "libertarian", "gop");
    /** Bounds that keep adversarial input (thousands of capitalised runs) linear. */
    private static final int MAX_PEOPLE = 400;
    private static final int MAX_CANDIDATES = 20;
    private static final int MAX_MENTIONS_SCANNED = 2000;

    private final Lexicon lexicon;

    ExpertFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Everyone named, with their mentions in text order. */
    final class People {
        final Map<String, Person> byKey = new LinkedHashMap<>();
        final List<Person.Mention> mentions = new ArrayList<>();
        final Map<Integer, Person.Mention> byTokenEnd = new HashMap<>();
        final Map<Integer, Person.Mention> byTokenStart = new HashMap<>();
        final Map<Integer, Person.Mention> byPhraseEnd = new HashMap<>();

        /** Given name or surname to the people carrying it, for resolving lone-name mentions. */
        final Map<String, List<Person>> byPart = new HashMap<>();

        /** The person with this name, created on first use; null once the article names implausibly many people. */
        Person person(String name) {
            return person(name, name);
        }

        /** The person known by {@code keyName}, printed as {@code name} when created here. */
        Person person(String name, String keyName) {
            String key = Lexicon.nameKey(keyName);
            Person existing = byKey.get(key);
            if (existing != null || byKey.size() >= MAX_PEOPLE) {
                return existing;
            }
            Person p = new Person(name, keyName);
            String country = lexicon.publicFigures.get(p.key);
            if (country != null) {
                p.knownCountry = country;
                p.confirmed = true;
            }
            byKey.put(key, p);
            // a lone surname ("Mr. Varga" with no full name printed) is found by its only part
            String[] byParts = p.parts.length >= 2 ? new String[] {p.parts[0], p.parts[p.parts.length - 1]} : p.parts;
            for (String part : byParts) {
                List<Person> list = byPart.computeIfAbsent(part, k -> new ArrayList<>());
                if (list.size() < MAX_CANDIDATES) {
                    list.add(p);
                }
            }
            return p;
        }

        void add(Person.Mention m) {
            mentions.add(m);
            m.person().mentions.add(m);
            byTokenEnd.put(m.end(), m);
            byTokenStart.put(m.start(), m);
            byPhraseEnd.put(m.phraseEnd(), m);
        }

        /** The person a lone surname or given name refers to: the latest introduced before it, else the first after. */
        Person bySinglePart(String word, int before) {
            List<Person> candidates = byPart.get(Lexicon.nameKey(word));
            if (candidates == null) {
                return null;
            }
            Person best = null;
            int bestAt = Integer.MIN_VALUE;
            for (Person p : candidates) {
                int first = p.mentions.isEmpty() ? Integer.MAX_VALUE : p.mentions.get(0).start();
                int score = first < before ? first : -first;
                if (best == null || score > bestAt || score == bestAt && p.confirmed && !best.confirmed) {
                    best = p;
                    bestAt = score;
                }
            }
            return best;
        }

        /** The person with that role word mentioned most recently before the offset ("the professor"). */
        Person byTitle(String word, int before) {
            Person best = null;
            int bestAt = -1;
            int checked = 0;
            for (Person.Mention m : mentions) {
                if (m.start() < before && m.start() > bestAt && m.person().hasRoleWord(word)) {
                    best = m.person();
                    bestAt = m.start();
                }
                if (++checked > MAX_MENTIONS_SCANNED) {
                    break;
                }
            }
            return best;
        }

        void sort() {
            mentions.sort(Comparator.comparingInt(Person.Mention::start));
            for (Person p : byKey.values()) {
                p.mentions.sort(Comparator.comparingInt(Person.Mention::start));
            }
        }
    }

    People find(ArticleText text, List<SourceFinder.Hit> sourceHits) {
        People people = new People();
        java.util.TreeMap<Integer, Integer> sourceSpans = new java.util.TreeMap<>();
        for (SourceFinder.Hit h : sourceHits) {
            sourceSpans.put(h.start(), h.end());
        }
        for (Sentence s : text.sentences()) {
            if (s.heading()) {
                continue;
            }
            findFullNames(text, s, sourceSpans, people);
        }
        for (Sentence s : text.sentences()) {
            if (!s.heading()) {
                findSurnamesAfterHonorifics(text, s, people);
            }
        }
        Set<String> properNouns = capitalisedInsideSentences(text);
        for (Sentence s : text.sentences()) {
            if (!s.heading()) {
                findLoneSpeakers(s, sourceSpans, properNouns, people);
            }
        }
        for (Sentence s : text.sentences()) {
            if (s.heading()) {
                continue;
            }
            findShortMentions(text, s, people);
        }
        people.sort();
        return people;
    }

    private void findFullNames(ArticleText text, Sentence s, java.util.TreeMap<Integer, Integer> sourceHits, People people) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!isNameToken(t.get(i)) || insideSource(t.get(i), sourceHits)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < t.size() && isNameToken(t.get(end + 1)) && !insideSource(t.get(end + 1), sourceHits)
                    || end > i && initialAt(t, end) && end + 2 < t.size() && isNameToken(t.get(end + 2))
                    && !insideSource(t.get(end + 2), sourceHits)) {
                // "Donald J. Trump", "Maya D. Song": a middle initial and its dot stay inside the name
                end += initialAt(t, end) && !isNameToken(t.get(end + 1)) ? 2 : 1;
            }
            considerRun(text, s, i, end, people);
            i = end + 1;
        }
    }

    private void considerRun(ArticleText text, Sentence s, int first, int last, People people) {
        List<Token> t = s.tokens();
        if (SpeakerPhrases.abbreviatedTitleAt(t, last)) {
            // "Florida Sen. Marco Rubio": the run ends in an abbreviated title, and the name follows its dot
            return;
        }
        while (first < last && RUN_OPENERS.contains(t.get(first).lower())) {
            // "Former Rep. …", "Well Senator …", "Because Twitter …": a capitalised sentence opener is not a name part
            first++;
        }
        // a run followed by "’s" and another capitalised word names an organisation ("Ewha Women’s University")
        if (last + 2 < t.size() && isPossessive(t.get(last + 1)) && t.get(last + 2).capitalised()) {
            return;
        }
        int nameStart = first;
        List<Integer> titleTokens = new ArrayList<>();
        String country = null;
        if (first >= 2 && t.get(first - 1).is("of") && titleCategory(t.get(first - 2).lower()) != null) {
            // "Secretary of State John Kerry", "Secretary of Homeland Security Jeh Johnson": the portfolio after
            // "<title> of" belongs to the title; the name is the last two words (a middle initial kept)
            int keep = last - 1;
            if (keep - 2 >= first && t.get(keep).text().equals(".") && initialAt(t, keep - 1)) {
                keep -= 2;
            }
            if (keep > first) {
                titleTokens.add(first - 2);
                titleTokens.add(first - 1);
                for (int k = first; k < keep; k++) {
                    titleTokens.add(k);
                }
                nameStart = keep;
                first -= 2;
            }
        }
        while (nameStart <= last) {
            Token tok = t.get(nameStart);
            String lower = tok.lower();
            if (lexicon.stopwords.contains(lower) || PARTIES.contains(lower)) {
                // "Republican Donald Trump", "Democrat Hillary Clinton": the party is an affiliation, not a name part
                nameStart++;
            } else if (nameStart + 1 <= last && lexicon.titles.containsKey(lower + " " + t.get(nameStart + 1).lower())) {
                titleTokens.add(nameStart);
                titleTokens.add(nameStart + 1);
                nameStart += 2;
            } else if (lexicon.titles.containsKey(lower)) {
                titleTokens.add(nameStart);
                nameStart++;
            } else if (nameStart + 3 <= last && lexicon.titles.containsKey(t.get(nameStart + 1).lower())
                    && !lexicon.titles.containsKey(t.get(nameStart + 2).lower())
                    && countryPhraseLength(t, nameStart, last) == 0) {
                // a portfolio before the title: "Trade Minister Pablo Ortega", "Health Secretary ..."
                titleTokens.add(nameStart);
                titleTokens.add(nameStart + 1);
                nameStart += 2;
            } else if (countryPhraseLength(t, nameStart, last) > 0) {
                int n = countryPhraseLength(t, nameStart, last);
                country = lexicon.countryOfLower(text.lowerText(tok.start(), t.get(nameStart + n - 1).end()));
                nameStart += n;
            } else {
                break;
            }
        }
        int innerTitle = -1;
        for (int k = nameStart + 1; k <= last - 2; k++) {
            if (lexicon.titles.containsKey(t.get(k).lower())) {
                innerTitle = k;
            }
        }
        if (innerTitle > 0 && !titleTokens.contains(innerTitle - 1) && !initialAt(t, innerTitle + 1)) {
            // "House Majority Leader Kevin McCarthy", "Judicial Watch President Tom Fitton": capitalised words before a
            // title name the office, and the person's name follows the title
            for (int k = nameStart; k <= innerTitle; k++) {
                titleTokens.add(k);
            }
            nameStart = innerTitle + 1;
        }
        int size = last - nameStart + 1;
        for (int k = nameStart + 1; k < last; k++) {
            if (initialAt(t, k)) {
                size--;
            }
        }
        if (size < 2 || size > 4) {
            return;
        }
        for (int k = nameStart; k <= last; k++) {
            Token tok = t.get(k);
            if (k > nameStart && k < last && (initialAt(t, k) || tok.text().equals(".") && initialAt(t, k - 1))) {
                continue;
            }
            if (lexicon.organisationWords.contains(tok.lower()) || lexicon.countryOf(tok.text()) != null
                    || PARTIES.contains(tok.lower()) || k == nameStart && tok.is("new")
                    || !hasLowerCase(tok.text()) || lexicon.stopwords.contains(tok.lower()) || hasCountryPart(tok.text())) {
                return;
            }
        }
        String name = text.text(t.get(nameStart).start(), t.get(last).end());
        Person person = people.person(name);
        if (person == null) {
            return;
        }
        int phraseStart = t.get(nameStart).start();
        if (nameStart == first && SpeakerPhrases.abbreviatedTitleAt(t, first - 2)) {
            // "Sen. Lena Ekdahl": a title the run could not hold still shows a person
            person.confirmed = true;
        }
        if (!titleTokens.isEmpty()) {
            person.confirmed = true;
            String role = text.text(t.get(titleTokens.get(0)).start(), t.get(titleTokens.get(titleTokens.size() - 1)).end());
            setRole(person, role, country, t.get(titleTokens.get(0)).lower());
            phraseStart = t.get(first).start();
        } else {
            phraseStart = premodifier(text, s, nameStart, person, phraseStart);
        }
        int phraseEnd = appositive(text, s, last, person);
        people.add(new Person.Mention(person, t.get(nameStart).start(), t.get(last).end(), phraseStart, phraseEnd, s.index()));
    }

    /** "Kremlin foreign policy aide Yuri Ushakov": lower-case role words before the name, ending in a title. */
    private int premodifier(ArticleText text, Sentence s, int nameStart, Person person, int fallback) {
        List<Token> t = s.tokens();
        int k = nameStart - 1;
        if (k < 0 || !t.get(k).word() || titleCategory(t.get(k).lower()) == null) {
            return fallback;
        }
        int from = k;
        while (from - 1 >= 0 && nameStart - from < 5) {
            Token prev = t.get(from - 1);
            String lower = prev.lower();
            if (!prev.word() || prev.inQuote() || lexicon.stopwords.contains(lower) || lexicon.reportingVerbs.contains(lower)
                    || lexicon.denialVerbs.contains(lower) || isPossessive(prev)) {
                break;
            }
            from--;
        }
        int roleStart = from;
        String affiliation = null;
        while (roleStart < k && t.get(roleStart).capitalised() && titleCategory(t.get(roleStart).lower()) == null) {
            roleStart++;
        }
        if (roleStart > from) {
            affiliation = text.text(t.get(from).start(), t.get(roleStart - 1).end());
            String country = lexicon.countryOf(affiliation);
            if (country != null && isDemonym(affiliation, country)) {
                affiliation = country;
            }
        }
        person.confirmed = true;
        String role = text.text(t.get(roleStart).start(), t.get(k).end());
        setRole(person, role, null, t.get(k).lower());
        if (person.affiliation == null) {
            person.affiliation = affiliation;
        }
        return t.get(from).start();
    }

    /** "X, a Russian-born professor of international relations at Kokushikan University in Japan, ..." */
    private int appositive(ArticleText text, Sentence s, int last, Person person) {
        List<Token> t = s.tokens();
        int fallback = t.get(last).end();
        int k = last + 1;
        if (k + 1 >= t.size() || !t.get(k).text().equals(",") || !ARTICLES.contains(t.get(k + 1).lower())) {
            return fallback;
        }
        k += 2;
        String descriptorCountry = null;
        while (k < t.size() && t.get(k).word() && (t.get(k).capitalised() && titleCategory(t.get(k).lower()) == null
                || t.get(k).lower().endsWith("-born") || t.get(k).lower().endsWith("-based"))) {
            String c = lexicon.countryOfLower(t.get(k).lower());
            if (c != null) {
                descriptorCountry = c;
            }
            k++;
        }
        int roleStart = k;
        String head = null;
        while (k < t.size() && k - last < MAX_APPOSITIVE_TOKENS) {
            Token tok = t.get(k);
            String lower = tok.lower();
            if (!tok.word() || tok.inQuote() || ROLE_STOPS.contains(lower) && !(lower.equals("of") || lower.equals("for"))) {
                break;
            }
            if ((lower.equals("of") || lower.equals("for")) && k + 1 < t.size()
                    && (t.get(k + 1).capitalised() || t.get(k + 1).is("the"))) {
                break;
            }
            if (tok.capitalised() && titleCategory(lower) == null && k > roleStart) {
                break;
            }
            if (titleCategory(lower) != null && head == null) {
                head = lower;
            }
            k++;
        }
        if (head == null || k == roleStart) {
            return fallback;
        }
        int roleEnd = k;
        String affiliation = null;
        if (k < t.size() && AFFILIATION_PREPOSITIONS.contains(t.get(k).lower())) {
            int a = k + 1;
            if (a < t.size() && t.get(a).is("the")) {
                a++;
            }
            int affEnd = affiliationEnd(t, a);
            if (affEnd > a) {
                int affStart = a;
                int n = countryPhraseLength(t, a, affEnd - 1);
                if (n > 0 && a + n < affEnd && isPossessive(t.get(a + n))) {
                    affStart = a + n + 1;
                }
                if (affStart < affEnd) {
                    affiliation = text.text(t.get(affStart).start(), t.get(affEnd - 1).end());
                }
                k = affEnd;
            }
        }
        person.confirmed = true;
        setRole(person, text.text(t.get(roleStart).start(), t.get(roleEnd - 1).end()), null, head);
        if (affiliation != null) {
            person.affiliation = affiliation;
        } else if (person.affiliation == null) {
            person.affiliation = descriptorCountry;
        }
        while (k < t.size() && !t.get(k).text().equals(",") && k - last < MAX_APPOSITIVE_TOKENS && !t.get(k).inQuote()
                && !".;:“”\"".contains(t.get(k).text())) {
            k++;
        }
        return k < t.size() ? t.get(k).start() : s.end();
    }

    /** Capitalised words joined by "of", "for", "and", "’s": "Ewha Women’s University", "Bank of Korea". */
    private int affiliationEnd(List<Token> t, int a) {
        int k = a;
        int end = a;
        while (k < t.size()) {
            Token tok = t.get(k);
            if (tok.capitalised() && !tok.inQuote()) {
                k++;
                end = k;
            } else if ((CONNECTORS.contains(tok.lower()) || isPossessive(tok)) && k + 1 < t.size()
                    && t.get(k + 1).capitalised() && k > a) {
                k++;
            } else {
                break;
            }
            if (k - a > 12) {
                break;
            }
        }
        return end;
    }

    /**
     * "Mr. Varga, the mayor, said", "President Varga said": an honorific or title before a lone capitalised word names
     * a person even when the article never prints a full name; later mentions of the surname then find them.
     */
    private void findSurnamesAfterHonorifics(ArticleText text, Sentence s, People people) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            Token tok = t.get(i);
            int title = i >= 2 && SpeakerPhrases.abbreviatedTitleAt(t, i - 2) ? i - 2
                    : t.get(i - 1).capitalised() && lexicon.titles.containsKey(t.get(i - 1).lower()) ? i - 1 : -1;
            if (title < 0 || !isNameToken(tok) || !hasLowerCase(tok.text())
                    || i + 1 < t.size() && isNameToken(t.get(i + 1)) || people.byTokenStart.containsKey(tok.start())
                    || lexicon.stopwords.contains(tok.lower()) || lexicon.organisationWords.contains(tok.lower())
                    || lexicon.countryOf(tok.text()) != null || people.bySinglePart(tok.text(), tok.start()) != null) {
                continue;
            }
            // printed with its title ("Sen. Ekdahl"): the surname alone could be anyone's
            Person person = people.person(text.text(t.get(title).start(), tok.end()), tok.text());
            if (person == null) {
                return;
            }
            person.confirmed = true;
            if (title == i - 1) {
                setRole(person, t.get(title).text(), null, t.get(title).lower());
            }
            int phraseEnd = appositive(text, s, i, person);
            people.add(new Person.Mention(person, tok.start(), tok.end(), t.get(title).start(), phraseEnd, s.index()));
        }
    }

    /** Verbs of speech that show the lone capitalised word before or after them is a person: "Maddow said". */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "added", "adds", "asked",
            "asks", "wrote", "writes", "explained", "argued", "noted", "continued", "replied", "recalled", "insisted",
            "warned", "tweeted", "responded", "answered", "acknowledged", "conceded", "complained", "admitted");

    /** Lower-cased words printed capitalised somewhere other than at a sentence's start: proper nouns, not openers. */
    private static Set<String> capitalisedInsideSentences(ArticleText text) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 1; i < t.size(); i++) {
                Token tok = t.get(i);
                if (tok.word() && tok.capitalised() && t.get(i - 1).word()) {
                    out.add(tok.lower());
                }
            }
        }
        return out;
    }

    /**
     * "Maddow said", "…, said Hollande, who …": a lone capitalised word right before or after a speech verb is a
     * person when nothing else names it (no full name with that part, no organisation, country, outlet or group
     * word), so later pronouns and surname mentions can find them. A word that only ever opens sentences ("Police
     * said") is not taken.
     */
    private void findLoneSpeakers(Sentence s, java.util.TreeMap<Integer, Integer> sourceSpans, Set<String> properNouns,
            People people) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            boolean before = i + 1 < t.size() && SPEECH_VERBS.contains(t.get(i + 1).lower());
            boolean after = i > 0 && SPEECH_VERBS.contains(t.get(i - 1).lower())
                    && (i + 1 == t.size() || !t.get(i + 1).word());
            if (!before && !after || !isNameToken(tok) || !hasLowerCase(tok.text()) || people.byTokenStart.containsKey(tok.start())
                    || SpeakerPhrases.abbreviatedTitleAt(t, i) || i + 1 < t.size() && t.get(i + 1).text().equals(".")
                    && i + 2 < t.size() && t.get(i + 2).capitalised()
                    || i > 0 && (isNameToken(t.get(i - 1)) || t.get(i - 1).text().equals(".") || isPossessive(t.get(i - 1)))
                    || i + 1 < t.size() && (isNameToken(t.get(i + 1)) || isPossessive(t.get(i + 1)))
                    || !properNouns.contains(tok.lower()) || lexicon.stopwords.contains(tok.lower())
                    || lexicon.organisationWords.contains(tok.lower()) || lexicon.groups.containsKey(tok.lower())
                    || PARTIES.contains(tok.lower()) || lexicon.countryOf(tok.text()) != null || hasCountryPart(tok.text())
                    || insideSource(tok, sourceSpans) || lexicon.titles.containsKey(tok.lower())
                    || people.bySinglePart(tok.text(), tok.start()) != null) {
                continue;
            }
            Person person = people.person(tok.text());
            if (person != null) {
                person.confirmed = true;
                people.add(new Person.Mention(person, tok.start(), tok.end(), tok.start(), tok.end(), s.index()));
            }
        }
    }

    private void findShortMentions(ArticleText text, Sentence s, People people) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            Person.Mention m = people.byTokenStart.get(tok.start());
            if (m != null || tok.inQuote()) {
                // skip the rest of a full-name mention
                if (m != null) {
                    i = s.tokenAt(m.end()) - 1;
                }
                continue;
            }
            if (isNameToken(tok) && !lexicon.stopwords.contains(tok.lower()) && hasLowerCase(tok.text())
                    && (i + 1 >= t.size() || !isNameToken(t.get(i + 1)))
                    && (i == 0 || !isNameToken(t.get(i - 1)))) {
                Person p = people.bySinglePart(tok.text(), tok.start());
                if (p != null) {
                    people.add(new Person.Mention(p, tok.start(), tok.end(), tok.start(), tok.end(), s.index()));
                }
            } else if (tok.is("the") && i + 1 < t.size() && t.get(i + 1).word() && !t.get(i + 1).capitalised()
                    && titleCategory(t.get(i + 1).lower()) != null) {
                Person p = people.byTitle(t.get(i + 1).lower(), tok.start());
                if (p != null) {
                    Token title = t.get(i + 1);
                    people.add(new Person.Mention(p, tok.start(), title.end(), tok.start(), title.end(), s.index()));
                    i++;
                }
            }
        }
    }

    private void setRole(Person person, String role, String country, String head) {
        if (person.role == null) {
            person.role = role;
            ExpertCategory c = titleCategory(head);
            if (c == null) {
                c = titleCategory(role.toLowerCase(Locale.ROOT));
            }
            person.category = c == null ? ExpertCategory.OTHER : c;
        }
        if (person.affiliation == null && country != null) {
            person.affiliation = country;
        }
    }

    /** Category of a role word or of the last word of a role phrase. */
    ExpertCategory titleCategory(String word) {
        ExpertCategory c = lexicon.titles.get(word);
        if (c == null && word.indexOf(' ') > 0) {
            c = lexicon.titles.get(word.substring(word.lastIndexOf(' ') + 1));
        }
        return c;
    }

    private int countryPhraseLength(List<Token> t, int from, int last) {
        // every country name starts with one of the listed first words; most capitalised words start none
        if (!lexicon.countryFirstWords.contains(t.get(from).lower())) {
            return 0;
        }
        for (int n = Math.min(lexicon.longestCountryWords, last - from + 1); n >= 1; n--) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < from + n; k++) {
                if (k > from) {
                    b.append(' ');
                }
                b.append(t.get(k).text());
            }
            if (lexicon.countryOf(b.toString()) != null) {
                return n;
            }
        }
        return 0;
    }

    /** "Russian", "Chinese", "British": adjectives stand for the country; "Kremlin" or "Seoul" stay as printed. */
    private static boolean isDemonym(String surface, String country) {
        String s = surface.toLowerCase(Locale.ROOT);
        return !surface.equalsIgnoreCase(country)
                && (s.endsWith("an") || s.endsWith("ese") || s.endsWith("ish") || s.endsWith("i") || s.endsWith("ch"));
    }

    /** Whether token {@code k} is a single capital letter followed by a dot: a middle initial. */
    private static boolean initialAt(List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k).text().length() == 1 && Character.isUpperCase(t.get(k).text().charAt(0))
                && t.get(k + 1).text().equals(".");
    }

    static boolean isNameToken(Token tok) {
        return tok.word() && !tok.inQuote() && Character.isUpperCase(tok.text().charAt(0)) && !isPossessive(tok);
    }

    static boolean isPossessive(Token tok) {
        String s = tok.text();
        return s.length() == 2 && (s.charAt(0) == '’' || s.charAt(0) == '\'') && (s.charAt(1) == 's' || s.charAt(1) == 'S');
    }

    private boolean hasCountryPart(String word) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (lexicon.countryOf(part) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideSource(Token tok, java.util.TreeMap<Integer, Integer> sourceSpans) {
        Map.Entry<Integer, Integer> e = sourceSpans.floorEntry(tok.start());
        return e != null && tok.start() < e.getValue();
    }
}

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic news corpus shaped like seeds/: scraped pages with repeated title lines carrying an
 * "– Outlet – date" suffix, a date line, a byline, site boilerplate, quoted experts with appositive
 * affiliations, cited state-run agencies, bracketed denials and planned agreements. Every article is drawn
 * from its own random stream seeded by (seed, index), so the same seed writes the same bytes, and a corpus of
 * 1,000 is the first 1,000 files of a corpus of 100,000. All names are invented.
 *
 * <p>Run with the JDK alone: {@code java bench/CorpusGenerator.java --articles 10000 --seed 42 --out DIR}.
 */
public class CorpusGenerator {

    // Invented countries, capitals, people and institutions: the extractor should find them by structure,
    // never by recognising a real name.
    static final String[] COUNTRIES = {"Valdoria", "Norstavia", "Keltrana", "Ostmaria", "Durelia", "Pelagonia",
        "Varnessa", "Tolgaria", "Brevonia", "Suluna", "Marakesh Isles", "Quentara", "Zembria", "Altoria",
        "Hespera", "Caldovia"};
    static final String[] CAPITALS = {"Velmont", "Norsk", "Keltra City", "Ostburg", "Durel", "Pelago", "Varn",
        "Tolgrad", "Brevo", "Sulport", "Marak", "Quenta", "Zembrin", "Altor", "Hesper", "Caldo"};
    static final String[] GIVEN = {"Alina", "Boris", "Corin", "Dara", "Elias", "Farah", "Goran", "Hana", "Ivo",
        "Jana", "Kiran", "Lena", "Milo", "Nadia", "Oren", "Petra", "Quinn", "Rasa", "Stefan", "Talia", "Udo",
        "Vera", "Wim", "Yara", "Zoltan", "Mira", "Anton", "Lior", "Sena", "Taro"};
    static final String[] FAMILY = {"Varga", "Holmqvist", "Okonedo", "Petrescu", "Lindahl", "Marchetti", "Novak",
        "Dorsey", "Kaminski", "Ferrand", "Abara", "Sorensen", "Tamura", "Castellan", "Brandt", "Ilves", "Moreau",
        "Radek", "Szabo", "Verhoeven", "Quist", "Halvorsen", "Delacroix", "Mbeki", "Orlov", "Strand", "Kovac",
        "Ramires", "Aldous", "Penhaligon"};
    static final String[] ROLES = {"professor of international studies", "associate professor of political science",
        "senior fellow", "research director", "professor of economics", "analyst", "lecturer in security studies",
        "former ambassador", "professor of international relations", "senior researcher"};
    static final String[] INSTITUTES = {"Velmont University", "the Norstavia Institute for Policy Studies",
        "Keltrana National University", "the Ostmaria Centre for Strategic Research", "Durel Polytechnic",
        "the Pelagonia Foundation", "Varnessa State University", "the Tolgaria Council on Foreign Affairs",
        "Brevonia Women's University", "the Suluna Academy of Sciences", "Quentara College of Law",
        "the Hespera Institute of Economics"};
    static final String[] AGENCIES = {"Norsk Central News Agency", "Valdorian Press Agency", "Keltra Telegraph",
        "Ostmaria Information Service", "Durelian News Agency", "Tolgrad Wire"};
    static final String[] OUTLETS = {"The Daily Meridian", "NWT", "Global Ledger", "The Harbour Post",
        "World Courier", "Eastern Herald", "The Continental", "Pacific Bulletin"};
    static final String[] SITES = {"Meridian World News", "Harbour Headlines", "Ledger Online",
        "Courier Daily Digest", "Herald Wire Today"};
    static final String[] TOPICS = {"strategic partnership", "energy cooperation", "grain exports",
        "maritime security", "nuclear research", "rail transit", "fisheries", "customs union", "space cooperation",
        "cyber defence", "water sharing", "border demarcation"};
    static final String[] NOUNS = {"sanctions", "talks", "summit", "pipeline", "treaty", "shipments", "election",
        "ceasefire", "tariffs", "reserves", "missiles", "satellite", "harvest", "currency", "ports", "alliance",
        "negotiations", "reforms", "exports", "troops", "budget", "refinery", "corridor", "delegation"};
    static final String[] ADJECTIVES = {"cautious", "unprecedented", "fragile", "ambitious", "growing", "limited",
        "regional", "economic", "military", "diplomatic", "long-standing", "contested", "sweeping", "modest"};
    static final String[] VERBS = {"strengthen", "undermine", "delay", "expand", "reshape", "test", "secure",
        "weaken", "revive", "complicate", "accelerate", "restrict"};
    static final String[] SAY = {"said", "told reporters", "said in an interview", "added", "argued"};
    static final String[] OFFICIALS = {"foreign ministry spokesperson", "presidential aide", "deputy prime minister",
        "defence minister", "trade envoy", "foreign policy adviser"};

    public static void main(String[] args) throws IOException {
        int articles = 1000;
        long seed = 42;
        Path out = Path.of("target/bench/corpus");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: java bench/CorpusGenerator.java --articles N --seed S --out DIR");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(out);
        long bytes = 0;
        for (int i = 0; i < articles; i++) {
            String text = new CorpusGenerator(new SplittableRandom(seed * 1_000_003L + i), i).article();
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(String.format(Locale.ROOT, "gen_%06d.txt", i)), encoded);
            bytes += encoded.length;
        }
        System.out.printf(Locale.ROOT, "wrote %d articles, %d bytes (%.0f bytes/article) to %s%n", articles, bytes,
                articles == 0 ? 0.0 : (double) bytes / articles, out);
    }

    private final SplittableRandom random;
    private final int index;
    private final StringBuilder text = new StringBuilder(5000);

    CorpusGenerator(SplittableRandom random, int index) {
        this.random = random;
        this.index = index;
    }

    String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    String person() {
        return pick(GIVEN) + " " + pick(FAMILY);
    }

    String article() {
        int a = random.nextInt(COUNTRIES.length);
        int b = (a + 1 + random.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
        String countryA = COUNTRIES[a];
        String countryB = COUNTRIES[b];
        String leaderA = person();
        String leaderB = person();
        String outlet = pick(OUTLETS);
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365));
        String title = headline(countryA, countryB, leaderA);

        // Scraped header: a site banner, the date, then the title repeated with the outlet suffix.
        if (random.nextBoolean()) {
            line(date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)));
            line(pick(SITES));
            line("Find latest world news and headlines today based on politics, crime, entertainment, sports, "
                    + "lifestyle, technology and many more");
            String suffix = " – " + outlet + " – " + date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
            line(title + suffix);
            line(title + "  " + suffix.substring(1));
        } else {
            line(title);
            text.append("by ").append(person()).append("\n\n");
            line(title);
            line(date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)));
        }

        line(lede(countryA, countryB, leaderA, leaderB));
        int target = 3400 + random.nextInt(1200);
        int paragraph = 0;
        while (text.length() < target) {
            switch (random.nextInt(7)) {
                case 0, 1 -> expertQuote(countryA, countryB);
                case 2 -> agencyCitation(countryA, countryB, leaderA);
                case 3 -> denial(countryA, countryB);
                case 4 -> agreement(countryA, countryB);
                case 5 -> crosshead(countryA);
                default -> filler(countryA, countryB);
            }
            if (++paragraph % 4 == 0) {
                line("See also  " + headline(pick(COUNTRIES), pick(COUNTRIES), person()));
            }
        }
        text.append("Source Link\n\nYou may also like\n\nLeave a Comment\n\n");
        text.append("This website uses cookies. By continuing to use this site, you accept our use of cookies.");
        text.append(" (ref ").append(index).append(")");
        return text.toString();
    }

    String headline(String countryA, String countryB, String leader) {
        return switch (random.nextInt(4)) {
            case 0 -> "What does " + leader + "'s visit to " + countryB + " mean for " + countryA + "?";
            case 1 -> countryA + " and " + countryB + " " + pick(VERBS) + " " + pick(ADJECTIVES) + " "
                    + pick(NOUNS);
            case 2 -> "Commentary: Worry more about " + countryA + "'s " + pick(NOUNS) + " than " + countryB + "'s "
                    + pick(NOUNS);
            default -> leader + " arrives in " + pick(CAPITALS) + " as " + pick(NOUNS) + " dominate the agenda";
        };
    }

    String lede(String countryA, String countryB, String leaderA, String leaderB) {
        return leaderA + ", the leader of " + countryA + ", is visiting " + countryB + " this week, the first such trip in "
                + (2 + random.nextInt(30)) + " years, as ties with " + leaderB + " grow increasingly "
                + pick(ADJECTIVES) + ". Both governments hope the " + pick(NOUNS) + " will " + pick(VERBS)
                + " their " + pick(ADJECTIVES) + " " + pick(NOUNS) + ".";
    }

    void expertQuote(String countryA, String countryB) {
        String expert = person();
        String family = expert.substring(expert.indexOf(' ') + 1);
        String role = pick(ROLES);
        String institute = pick(INSTITUTES);
        line("“The " + pick(NOUNS) + " between " + countryA + " and " + countryB + " will " + pick(VERBS) + " the "
                + pick(ADJECTIVES) + " " + pick(NOUNS) + ", but the " + pick(NOUNS) + " remain " + pick(ADJECTIVES)
                + ",” said " + expert + ", " + (startsWithVowel(role) ? "an " : "a ") + role + " at " + institute + ".");
        if (random.nextBoolean()) {
            line("“This is a calculated move designed to " + pick(VERBS) + " the " + pick(NOUNS) + " in the region,” "
                    + family + " " + pick(SAY) + ".");
        }
    }

    void agencyCitation(String countryA, String countryB, String leader) {
        String official = pick(OFFICIALS);
        line("The two nations have a “" + pick(ADJECTIVES) + " relationship of partners” and are steadily "
                + "developing their " + pick(NOUNS) + ", " + leader + " told the " + countryB + " delegation last week, "
                + "according to the state-run " + pick(AGENCIES) + ".");
        if (random.nextBoolean()) {
            line(countryA + " will " + pick(VERBS) + " its " + pick(NOUNS) + ", " + countryA + "n " + official + " "
                    + person() + " said, according to " + pick(AGENCIES) + " news agency.");
        }
    }

    void denial(String countryA, String countryB) {
        line("Officials in " + pick(CAPITALS) + " say " + countryA + " has already sent " + (2 + random.nextInt(90))
                + " shipments of " + pick(NOUNS) + " to " + countryB + ", needed to sustain its " + pick(NOUNS)
                + ". (" + countryA + " denies this.)");
    }

    void agreement(String countryA, String countryB) {
        String topic = pick(TOPICS);
        line("The countries plan to sign an agreement on " + topic + ", including on " + pick(TOPICS) + " and "
                + pick(TOPICS) + ", " + pick(OFFICIALS) + " " + person() + " said.");
    }

    void crosshead(String countryA) {
        line(countryA + "’s “" + capitalise(pick(ADJECTIVES)) + " " + capitalise(pick(NOUNS)) + "”");
    }

    void filler(String countryA, String countryB) {
        line("For its part, " + countryB + " can use " + countryA + "’s seat on the regional council to "
                + pick(VERBS) + " the " + pick(NOUNS) + ". That is already in motion: in "
                + pick(new String[] {"March", "April", "May", "June", "September", "November"}) + ", the council "
                + "voted to " + pick(VERBS) + " " + pick(ADJECTIVES) + " " + pick(NOUNS) + ", while analysts warn "
                + "that some " + pick(NOUNS) + " are likely to remain secret.");
    }

    void line(String paragraph) {
        text.append(paragraph).append("\n\n");
    }

    static boolean startsWithVowel(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0;
    }

    static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

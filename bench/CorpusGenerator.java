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
        "Vera", "Wim", "Yara", "Zoltan", "Mira", "Anton", "Lior", "Sena", "Taro", "Aksel", "Bettina", "Cyrus",
        "Dilan", "Edda", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Katya", "Leon", "Marit", "Nils", "Olga",
        "Pavel", "Rhea", "Simon", "Tereza", "Viktor"};
    static final String[] FAMILY = {"Varga", "Holmqvist", "Okonedo", "Petrescu", "Lindahl", "Marchetti", "Novak",
        "Dorsey", "Kaminski", "Ferrand", "Abara", "Sorensen", "Tamura", "Castellan", "Brandt", "Ilves", "Moreau",
        "Radek", "Szabo", "Verhoeven", "Quist", "Halvorsen", "Delacroix", "Mbeki", "Orlov", "Strand", "Kovac",
        "Ramires", "Aldous", "Penhaligon", "Achterberg", "Bellamy", "Cordova", "Dunmore", "Eskildsen", "Falk",
        "Grell", "Hartigan", "Ibsen", "Jovanic", "Kessler", "Lazaridis", "Mendel", "Nordqvist", "Ostrander",
        "Pirelli", "Rautio", "Sandoval", "Toivonen", "Ulrich"};
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
    // No accord nouns here (treaty, pact, deal, ...): only the agreement paragraphs should announce agreements.
    static final String[] NOUNS = {"sanctions", "talks", "summit", "pipeline", "shipments", "election",
        "tariffs", "reserves", "missiles", "satellite", "harvest", "currency", "ports", "loans", "bonds",
        "negotiations", "reforms", "exports", "troops", "budget", "refinery", "corridor", "delegation", "airspace",
        "subsidies", "fertiliser", "railways", "shipyards", "drones", "wheat", "copper", "lithium", "turbines",
        "visas", "students", "pensions", "banks", "garrison", "frontier", "reservoirs", "minerals", "tankers",
        "freight", "inflation", "debt", "investors", "factories", "patrols", "radar", "vaccines", "bridges",
        "cables", "harbours", "quotas", "diesel", "uranium", "semiconductors", "airlines", "embassies", "courts"};
    static final String[] ADJECTIVES = {"cautious", "unprecedented", "fragile", "ambitious", "growing", "limited",
        "regional", "economic", "military", "diplomatic", "long-standing", "contested", "sweeping", "modest",
        "costly", "secretive", "overdue", "symbolic", "volatile", "lucrative", "outdated", "strained", "rapid",
        "informal", "coastal", "northern", "southern", "domestic", "generous", "fragmented", "stubborn",
        "surprising", "quiet", "bilateral", "chronic", "temporary", "permanent", "ageing", "crowded", "scarce"};
    static final String[] VERBS = {"strengthen", "undermine", "delay", "expand", "reshape", "test", "secure",
        "weaken", "revive", "complicate", "accelerate", "restrict", "finance", "protect", "replace", "monitor",
        "tighten", "ease", "shield", "divert", "inspect", "modernise", "dismantle", "subsidise", "audit", "reroute",
        "stockpile", "tax", "insure", "ration", "privatise", "regulate", "double", "halve", "export", "import",
        "license", "redeploy", "defend"};
    static final String[] TIMES = {"before the winter", "by the end of the year", "within months", "next spring",
        "over the next decade", "before the election", "this quarter", "within two years", "by March",
        "after the summit", "in the coming weeks", "before the budget vote"};
    static final String[] SAY = {"said", "told reporters", "said in an interview", "added", "argued", "wrote"};
    static final String[] OFFICIALS = {"foreign ministry spokesperson", "presidential aide", "deputy prime minister",
        "defence minister", "trade envoy", "foreign policy adviser"};
    static final String[] MONTHS = {"March", "April", "May", "June", "September", "November"};
    /** Statements that wire copy repeats across outlets; the pool is fixed per seed, so articles can agree. */
    static final int WIRE_POOL = 400;

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
            String text = new CorpusGenerator(new SplittableRandom(seed * 1_000_003L + i), seed, i).article();
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(String.format(Locale.ROOT, "gen_%06d.txt", i)), encoded);
            bytes += encoded.length;
        }
        System.out.printf(Locale.ROOT, "wrote %d articles, %d bytes (%.0f bytes/article) to %s%n", articles, bytes,
                articles == 0 ? 0.0 : (double) bytes / articles, out);
    }

    private final SplittableRandom random;
    private final long seed;
    private final int index;
    private final StringBuilder text = new StringBuilder(5000);
    private int agreementsAnnounced;

    CorpusGenerator(SplittableRandom random, long seed, int index) {
        this.random = random;
        this.seed = seed;
        this.index = index;
    }

    String pick(String[] words) {
        return pick(random, words);
    }

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    String person() {
        return pick(GIVEN) + " " + pick(FAMILY);
    }

    /** One analyst an article quotes, introduced once with an appositive and then by family name. */
    record Analyst(String name, String family, String role, String institute) {
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

        // Like the seeds, an article quotes a handful of people several times and cites one or two agencies.
        Analyst[] analysts = new Analyst[2 + random.nextInt(3)];
        for (int i = 0; i < analysts.length; i++) {
            String name = person();
            analysts[i] = new Analyst(name, name.substring(name.indexOf(' ') + 1), pick(ROLES), pick(INSTITUTES));
        }
        String[] officials = {pick(OFFICIALS) + " " + person(), pick(OFFICIALS) + " " + person()};
        String[] agencies = {pick(AGENCIES), pick(AGENCIES)};
        String[] topics = {pick(TOPICS), pick(TOPICS)};
        boolean[] introduced = new boolean[analysts.length];

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
        boolean wireCopy = false;
        while (text.length() < target) {
            switch (random.nextInt(9)) {
                case 0, 1, 2 -> {
                    int who = random.nextInt(analysts.length);
                    expertQuote(analysts[who], introduced[who], countryA, countryB);
                    introduced[who] = true;
                }
                case 3 -> agencyCitation(countryA, countryB, leaderA, agencies[random.nextInt(2)],
                        officials[random.nextInt(2)]);
                case 4 -> denial(countryA, countryB);
                case 5 -> agreement(countryA, countryB, topics[random.nextInt(2)], officials[random.nextInt(2)]);
                case 6 -> {
                    if (!wireCopy && random.nextBoolean()) {
                        wireCopy(agencies[0]);
                        wireCopy = true;
                    } else {
                        crosshead(countryA);
                    }
                }
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

    /**
     * A clause with few fixed words and many drawn ones, so two claims from different articles rarely share
     * half their terms by chance; real agreement between articles comes from {@link #wireCopy}.
     */
    static String proposition(SplittableRandom random, String countryA, String countryB) {
        String noun = pick(random, NOUNS);
        String other = pick(random, NOUNS);
        String adjective = pick(random, ADJECTIVES);
        String verb = pick(random, VERBS);
        String clause = switch (random.nextInt(8)) {
            case 0 -> countryA + " will " + verb + " its " + adjective + " " + noun + " with " + countryB + " "
                    + pick(random, TIMES);
            case 1 -> "the " + noun + " could " + verb + " " + countryB + "'s " + adjective + " " + other;
            case 2 -> countryB + " cannot " + verb + " the " + noun + " without " + countryA + "'s " + other;
            case 3 -> "the " + adjective + " " + noun + " in " + pick(random, CAPITALS) + " is a sign that "
                    + countryA + " wants to " + verb + " " + other;
            case 4 -> noun + " and " + other + " now " + verb + " " + countryA + "'s " + adjective + " economy";
            case 5 -> "neither " + countryA + " nor " + countryB + " wants to " + verb + " the " + noun + " over "
                    + other;
            case 6 -> "the " + noun + " give " + countryA + " " + adjective + " leverage over " + countryB + "'s "
                    + other;
            default -> "a " + adjective + " dispute over " + noun + " may " + verb + " " + other + " "
                    + pick(random, TIMES);
        };
        // A second, fully drawn clause: real statements carry more than one content word per template word.
        return clause + switch (random.nextInt(3)) {
            case 0 -> ", and " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " will " + pick(random, VERBS)
                    + " the " + pick(random, NOUNS);
            case 1 -> " while " + pick(random, NOUNS) + " " + pick(random, VERBS) + " " + pick(random, ADJECTIVES)
                    + " " + pick(random, NOUNS);
            default -> " unless " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " "
                    + pick(random, VERBS) + " " + pick(random, NOUNS);
        };
    }

    void expertQuote(Analyst analyst, boolean introduced, String countryA, String countryB) {
        String quote = capitalise(proposition(random, countryA, countryB));
        if (introduced) {
            line("“" + quote + ",” " + analyst.family() + " " + pick(SAY) + ".");
            return;
        }
        line("“" + quote + ",” said " + analyst.name() + ", " + (startsWithVowel(analyst.role()) ? "an " : "a ")
                + analyst.role() + " at " + analyst.institute() + ".");
        if (random.nextBoolean()) {
            line("“" + capitalise(proposition(random, countryB, countryA)) + ",” " + analyst.family() + " "
                    + pick(SAY) + ".");
        }
    }

    void agencyCitation(String countryA, String countryB, String leader, String agency, String official) {
        if (random.nextBoolean()) {
            line(capitalise(proposition(random, countryA, countryB)) + ", " + leader + " told the " + countryB
                    + " delegation last week, according to the state-run " + agency + ".");
        } else {
            line(capitalise(proposition(random, countryA, countryB)) + ", " + countryA + "n " + official
                    + " said, according to " + agency + " news agency.");
        }
    }

    /** A statement from the seed's fixed pool, reprinted word for word as wire copy by many outlets. */
    void wireCopy(String agency) {
        SplittableRandom pool = new SplittableRandom(seed * 7_919L + random.nextInt(WIRE_POOL));
        int a = pool.nextInt(COUNTRIES.length);
        int b = (a + 1 + pool.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
        line(capitalise(proposition(pool, COUNTRIES[a], COUNTRIES[b])) + ", " + pick(pool, OFFICIALS) + " "
                + pick(pool, GIVEN) + " " + pick(pool, FAMILY) + " said, according to the state-run " + agency + ".");
    }

    void denial(String countryA, String countryB) {
        line("Officials in " + pick(CAPITALS) + " say " + proposition(random, countryA, countryB) + ". ("
                + countryA + " denies this.)");
    }

    /** Announces the article's accord the first time, then refers back to it (as the seeds do). */
    void agreement(String countryA, String countryB, String topic, String official) {
        int first = random.nextInt(TOPICS.length);
        int second = (first + 1 + random.nextInt(TOPICS.length - 1)) % TOPICS.length;
        if (agreementsAnnounced++ == 0) {
            line("The countries plan to sign an agreement on " + topic + ", including on " + TOPICS[first] + " and "
                    + TOPICS[second] + ", " + official + " said.");
        } else if (agreementsAnnounced == 2) {
            line("Diplomats in " + pick(CAPITALS) + " expect the " + topic + " agreement to " + pick(VERBS) + " "
                    + pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(TIMES) + ".");
        } else {
            filler(countryA, countryB);
        }
    }

    void crosshead(String countryA) {
        line(countryA + "’s “" + capitalise(pick(ADJECTIVES)) + " " + capitalise(pick(NOUNS)) + "”");
    }

    void filler(String countryA, String countryB) {
        line("For its part, " + countryB + " can use " + countryA + "’s seat on the regional council to "
                + pick(VERBS) + " the " + pick(NOUNS) + ". That is already in motion: in " + pick(MONTHS)
                + ", the council voted to " + pick(VERBS) + " " + pick(ADJECTIVES) + " " + pick(NOUNS)
                + ", while analysts warn that " + proposition(random, countryB, countryA) + ".");
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

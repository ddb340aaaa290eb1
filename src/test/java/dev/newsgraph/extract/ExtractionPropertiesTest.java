package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Extraction never hangs or throws anything but {@link UnreadableTextException}, whatever it is fed: random
 * strings, random Unicode, HTML, binary-ish bytes and seed pages mangled by deletions, duplications, swaps and
 * stray quotes, non-breaking spaces and soft hyphens. Its spans always cut their text out of the body, it gives
 * the same answer every time, and page furniture never yields a fact.
 */
class ExtractionPropertiesTest {

    /** A hang guard, not a performance target: inputs here are at most a few tens of kilobytes. */
    private static final Duration PER_INPUT = Duration.ofSeconds(10);

    private static final List<String> SEEDS = SeedFiles.seeds().stream().map(SeedFiles::read).toList();

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Property(tries = 200)
    void randomTextGivesAWellFormedResultOrIsRefused(@ForAll("randomText") String input) {
        checkInvariants(input);
    }

    @Property(tries = 200)
    void randomUnicodeGivesAWellFormedResultOrIsRefused(@ForAll("randomUnicode") String input) {
        checkInvariants(input);
    }

    @Property(tries = 100)
    void htmlGivesAWellFormedResultOrIsRefused(@ForAll("html") String input) {
        checkInvariants(input);
    }

    @Property(tries = 100)
    void binaryIshBytesGiveAWellFormedResultOrAreRefused(@ForAll("binaryIsh") String input) {
        checkInvariants(input);
    }

    @Property(tries = 300)
    void mutatedSeedsGiveWellFormedDeterministicResults(@ForAll("mutatedSeeds") String input) {
        checkInvariants(input);
    }

    @Property(tries = 150)
    void factsNeverComeFromDroppedFurniture(@ForAll("mutatedSeeds") String page, @ForAll("furniture") Furniture furniture,
                                            @ForAll("fractions") double where) {
        String withFurniture = insertAtParagraphBreak(page, furniture.line(), where);
        ExtractedArticle a = checkInvariants(withFurniture);
        if (a == null) {
            return;
        }
        assertThat(extractor.droppedLines(withFurniture)).anyMatch(line -> line.contains(furniture.marker()));
        assertThat(a.body()).doesNotContain(furniture.marker());
        assertThat(a.claims()).noneMatch(c -> c.text().contains(furniture.marker()) || c.claimant().contains("Fox"));
        assertThat(a.experts()).extracting(ExtractedExpert::name).noneMatch(n -> n.contains("Fox"));
        assertThat(a.sources()).extracting(ExtractedSource::name).doesNotContain("Kyodo");
        // the furniture is gone, so the page must read exactly as it does without it
        ExtractedArticle without = ExtractionInvariants.extractOrNull(extractor, page);
        if (without != null && !endsTheArticle(furniture.line())) {
            assertThat(a.claims()).isEqualTo(without.claims());
            assertThat(a.sources()).isEqualTo(without.sources());
        }
    }

    private ExtractedArticle checkInvariants(String input) {
        ExtractedArticle a = assertTimeoutPreemptively(PER_INPUT, () -> {
            ExtractedArticle result = ExtractionInvariants.extractDeterministically(extractor, input);
            if (result != null) {
                ExtractionInvariants.assertWellFormed(result);
            }
            return result;
        });
        // shows in the report how much of the input reached the finders rather than being refused
        Statistics.collect(a == null ? "refused" : a.claims().isEmpty() ? "read, no claims" : "read, with claims");
        return a;
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(3000),
                Arbitraries.strings().withChars("abc XYZ.,;:!?\"“”‘’'()-\n\u00a0\u00ad").ofMaxLength(3000),
                Arbitraries.strings().withCharRange(' ', '~').withChars('\n').ofMaxLength(3000));
    }

    @Provide
    Arbitrary<String> randomUnicode() {
        return Arbitraries.strings().all().ofMaxLength(2000);
    }

    @Provide
    Arbitrary<String> html() {
        Arbitrary<String> tag = Arbitraries.of("p", "div", "span", "script", "style", "nav", "footer", "a", "b", "h1", "li", "br");
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(sentences()), Arbitraries.strings().alpha().ofMaxLength(40));
        Arbitrary<String> element = Combinators.combine(tag, text, Arbitraries.of(true, false))
                .as((t, body, closed) -> "<" + t + " class=\"x\">" + body + (closed ? "</" + t + ">" : ""));
        return element.list().ofMaxSize(60).map(parts -> "<html><head><title>Seed page</title></head><body>"
                + String.join("\n", parts) + "</body></html>");
    }

    @Provide
    Arbitrary<String> binaryIsh() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
        return Arbitraries.oneOf(
                bytes.map(b -> new String(b, StandardCharsets.UTF_8)),
                bytes.map(b -> new String(b, StandardCharsets.ISO_8859_1)),
                // mostly text with control bytes and replacement marks sprinkled in
                Combinators.combine(Arbitraries.of(SEEDS), bytes).as((seed, b) -> {
                    StringBuilder out = new StringBuilder(seed);
                    for (int i = 0; i < b.length && out.length() > 0; i += 7) {
                        out.insert(Math.floorMod(b[i] * 131 + i, out.length()), (char) (b[i] & 0x1f));
                    }
                    return out.toString();
                }));
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.values()), fractions(), fractions(),
                fractions(), Arbitraries.of(INSERTS)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMinSize(1).ofMaxSize(12))
                .as((seed, mutations) -> {
                    String text = seed;
                    for (Mutation m : mutations) {
                        text = m.applyTo(text);
                    }
                    return text;
                });
    }

    @Provide
    Arbitrary<Furniture> furniture() {
        Arbitrary<String> marker = Arbitraries.strings().withCharRange('a', 'z').ofLength(9).map(s -> "qz" + s);
        Arbitrary<String> template = Arbitraries.of(
                "See also: Lena Fox said “%s harbour deals were struck in secret”",
                "You may also like: “The %s deal was signed in secret,” Lena Fox told Kyodo.",
                "Related: Kyodo says Lena Fox denied the %s report",
                "Read more: Lena Fox says the %s pact will collapse");
        return Combinators.combine(template, marker).as((t, m) -> new Furniture(t.formatted(m), m));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    /** A furniture line and the made-up word only it contains. */
    record Furniture(String line, String marker) {
    }

    private static final List<String> INSERTS = List.of("“", "”", "\"", "‘", "’", "\u00a0", "\u00ad", "\n", "\n\n", " said ",
            ", said Ana Ruiz, a professor of law at Lima University.", " according to the state-run ", "(", ")", ".", ":");

    /** One edit of a page, with its positions as fractions of the length so it applies to any text. */
    record Mutation(Kind kind, double at, double other, double size, String insert) {

        enum Kind { DELETE, DUPLICATE, SWAP, INSERT }

        String applyTo(String text) {
            int n = text.length();
            if (n == 0) {
                return insert;
            }
            int start = (int) (at * n);
            int length = (int) (size * Math.min(n - start, 400));
            int end = start + length;
            return switch (kind) {
                case DELETE -> text.substring(0, start) + text.substring(end);
                case DUPLICATE -> text.substring(0, end) + text.substring(start, end) + text.substring(end);
                case INSERT -> text.substring(0, start) + insert + text.substring(start);
                case SWAP -> {
                    int otherStart = (int) (other * (n - length));
                    int otherEnd = otherStart + length;
                    if (otherStart < end && start < otherEnd) {
                        yield text;
                    }
                    int firstStart = Math.min(start, otherStart);
                    int secondStart = Math.max(start, otherStart);
                    yield text.substring(0, firstStart) + text.substring(secondStart, secondStart + length)
                            + text.substring(firstStart + length, secondStart) + text.substring(firstStart, firstStart + length)
                            + text.substring(secondStart + length);
                }
            };
        }
    }

    /** Puts the line in a paragraph of its own, before the paragraph break nearest the fraction, or at the end. */
    private static String insertAtParagraphBreak(String page, String line, double where) {
        int at = page.indexOf("\n\n", (int) (where * page.length()));
        if (at < 0) {
            return page + "\n\n" + line + "\n";
        }
        return page.substring(0, at) + "\n\n" + line + page.substring(at);
    }

    /** "You may also like" and "Read more" start the page's link list, so short lines after them go too. */
    /**
     * Lines that may end the story: besides the teaser openers, a heading the text cleaner reads as the start of
     * what follows a story ("Related: …", "See also: …") legitimately moves where the story run ends or starts.
     */
    private static boolean endsTheArticle(String furnitureLine) {
        return furnitureLine.startsWith("You may also like") || furnitureLine.startsWith("Read more")
                || PageCleaner.isTailMarker(furnitureLine);
    }

    private static List<String> sentences() {
        return SEEDS.stream().flatMap(s -> s.lines()).filter(l -> l.length() > 40).toList();
    }
}

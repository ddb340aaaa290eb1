package dev.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores extraction of the seed pages against the hand-made gold annotations and fails below the
 * agreed quality bar. Optional gold items count neither for nor against.
 */
class SeedGoldScoreTest {

    /** Counts for one fact type. */
    static final class Score {
        int goldRequired;
        int found;
        int extractedCounted;
        int correct;

        double recall() {
            return goldRequired == 0 ? 1 : (double) found / goldRequired;
        }

        double precision() {
            return extractedCounted == 0 ? 1 : (double) correct / extractedCounted;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    @Test
    void seedExtractionMeetsTheQualityBar() throws Exception {
        Path gold = SeedFiles.goldDir();
        for (String type : List.of("sources", "experts", "claims", "agreements")) {
            scores.put(type, new Score());
        }
        int metadataChecks = 0;
        int metadataRight = 0;
        int deniesChecked = 0;
        for (Path seed : SeedFiles.seeds()) {
            String stem = seed.getFileName().toString().replace(".txt", "");
            Path goldFile = gold.resolve(stem + ".json");
            assertThat(goldFile).as("gold for " + stem).exists();
            @SuppressWarnings("unchecked")
            Map<String, Object> g = (Map<String, Object>) MiniJson.parse(Files.readString(goldFile));
            ExtractedArticle a = extractor.extract(SeedFiles.read(seed));

            for (String field : List.of("title", "publishedOn", "publisher", "author")) {
                Object actual = switch (field) {
                    case "title" -> a.title();
                    case "publishedOn" -> a.publishedOn() == null ? null : a.publishedOn().toString();
                    case "publisher" -> a.publisher();
                    default -> a.author();
                };
                metadataChecks++;
                boolean right = fieldMatches(g, field, actual);
                if (right) {
                    metadataRight++;
                } else {
                    misses.add(stem + " metadata " + field + ": got " + actual + ", gold " + g.get(field));
                }
                assertThat(right).as(stem + " " + field + " = " + actual).isTrue();
            }
            scoreSources(stem, g, a);
            scoreExperts(stem, g, a);
            deniesChecked += scoreClaims(stem, g, a);
            scoreAgreements(stem, g, a);
        }
        System.out.println("Seed gold score (required items; optional items ignored):");
        System.out.printf(Locale.ROOT, "  %-11s %9s %9s %9s   %s%n", "type", "precision", "recall", "F1", "counts");
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            System.out.printf(Locale.ROOT, "  %-11s %9.3f %9.3f %9.3f   found %d/%d gold, %d/%d extracted correct%n",
                    e.getKey(), s.precision(), s.recall(), s.f1(), s.found, s.goldRequired, s.correct, s.extractedCounted);
        }
        System.out.printf(Locale.ROOT, "  metadata    %d/%d fields right; denials linked: %d%n", metadataRight, metadataChecks,
                deniesChecked);
        misses.forEach(m -> System.out.println("  miss: " + m));

        assertThat(scores.get("sources").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("sources").precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("experts").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("experts").precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("claims").recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(scores.get("claims").precision()).isGreaterThanOrEqualTo(0.8);
        assertThat(scores.get("agreements").recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(deniesChecked).as("gold denials found and linked").isGreaterThan(0);
    }

    // ---- sources

    private void scoreSources(String stem, Map<String, Object> g, ExtractedArticle a) {
        Score score = scores.get("sources");
        List<Map<String, Object>> gold = items(g, "sources");
        boolean[] used = new boolean[a.sources().size()];
        for (Map<String, Object> item : gold) {
            if (optional(item)) {
                continue;
            }
            score.goldRequired++;
            int hit = -1;
            for (int k = 0; k < a.sources().size() && hit < 0; k++) {
                if (!used[k] && sourceMatches(item, a.sources().get(k))) {
                    hit = k;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                score.found++;
                ExtractedSource s = a.sources().get(hit);
                assertThat(s.kind().name()).as(stem + " kind of " + s.name()).isEqualTo(item.get("kind"));
                assertThat(s.stateRun()).as(stem + " stateRun of " + s.name()).isEqualTo(item.get("stateRun"));
            } else {
                misses.add(stem + " source " + item.get("name"));
            }
        }
        for (int k = 0; k < a.sources().size(); k++) {
            var extraSource = a.sources().get(k);
            if (used[k]) {
                score.extractedCounted++;
                score.correct++;
            } else if (!matchesOptional(gold, item -> sourceMatches(item, extraSource))) {
                score.extractedCounted++;
                misses.add(stem + " extra source " + a.sources().get(k).name());
            }
        }
    }

    private boolean sourceMatches(Map<String, Object> item, ExtractedSource s) {
        List<String> names = new ArrayList<>(strings(item.get("surface")));
        names.add((String) item.get("name"));
        for (String n : names) {
            if (sameName(n, s.name()) || s.aliases().stream().anyMatch(al -> sameName(al, n))) {
                return true;
            }
        }
        return false;
    }

    // ---- experts

    private void scoreExperts(String stem, Map<String, Object> g, ExtractedArticle a) {
        Score score = scores.get("experts");
        List<Map<String, Object>> gold = items(g, "experts");
        boolean[] used = new boolean[a.experts().size()];
        for (Map<String, Object> item : gold) {
            if (optional(item)) {
                continue;
            }
            score.goldRequired++;
            int hit = -1;
            for (int k = 0; k < a.experts().size() && hit < 0; k++) {
                if (!used[k] && expertMatches(item, a.experts().get(k).name())) {
                    hit = k;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                score.found++;
                ExtractedExpert e = a.experts().get(hit);
                assertThat(e.category().name()).as(stem + " category of " + e.name()).isEqualTo(item.get("category"));
                assertThat(e.role()).as(stem + " role of " + e.name()).isEqualTo(item.get("role"));
                List<String> affiliations = new ArrayList<>(alts(item, "affiliation"));
                affiliations.add((String) item.get("affiliation"));
                assertThat(affiliations).as(stem + " affiliation of " + e.name()).contains(e.affiliation());
            } else {
                misses.add(stem + " expert " + item.get("name"));
            }
        }
        for (int k = 0; k < a.experts().size(); k++) {
            String name = a.experts().get(k).name();
            if (used[k]) {
                score.extractedCounted++;
                score.correct++;
            } else if (!matchesOptional(gold, item -> expertMatches(item, name))) {
                score.extractedCounted++;
                misses.add(stem + " extra expert " + name);
            }
        }
    }

    private boolean expertMatches(Map<String, Object> item, String name) {
        if (sameName((String) item.get("name"), name)) {
            return true;
        }
        return strings(item.get("surface")).stream().anyMatch(s -> s.contains(" ") && sameName(s, name));
    }

    // ---- claims

    private int scoreClaims(String stem, Map<String, Object> g, ExtractedArticle a) {
        Score score = scores.get("claims");
        List<Map<String, Object>> gold = items(g, "claims");
        Map<String, Integer> matchOf = new LinkedHashMap<>();
        boolean[] used = new boolean[a.claims().size()];
        for (Map<String, Object> item : gold) {
            if (optional(item)) {
                continue;
            }
            score.goldRequired++;
            int hit = -1;
            for (int k = 0; k < a.claims().size() && hit < 0; k++) {
                if (!used[k] && claimMatches(a.body(), item, a.claims().get(k))) {
                    hit = k;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                score.found++;
                matchOf.put((String) item.get("id"), hit);
            } else {
                misses.add(stem + " claim " + item.get("id") + " " + item.get("claimant") + ": " + item.get("evidence"));
            }
        }
        for (int k = 0; k < a.claims().size(); k++) {
            ExtractedClaim c = a.claims().get(k);
            if (used[k]) {
                score.extractedCounted++;
                score.correct++;
            } else if (!matchesOptional(gold, item -> claimMatches(a.body(), item, c))) {
                score.extractedCounted++;
                misses.add(stem + " extra claim by " + c.claimant() + ": " + c.evidence().text());
            }
        }
        int denials = 0;
        for (Map<String, Object> item : gold) {
            if (optional(item) || !"DENIES".equals(item.get("stance"))) {
                continue;
            }
            Integer hit = matchOf.get((String) item.get("id"));
            assertThat(hit).as(stem + " denial " + item.get("id") + " found").isNotNull();
            ExtractedClaim denial = a.claims().get(hit);
            assertThat(denial.stance()).as(stem + " stance of " + item.get("id")).isEqualTo(Stance.DENIES);
            for (String target : strings(item.get("respondsTo"))) {
                assertThat(denial.respondsTo()).as(stem + " " + item.get("id") + " responds to " + target)
                        .contains(matchOf.get(target));
            }
            denials++;
        }
        return denials;
    }

    private boolean claimMatches(String body, Map<String, Object> item, ExtractedClaim c) {
        List<String> claimants = new ArrayList<>(alts(item, "claimant"));
        claimants.add((String) item.get("claimant"));
        if (claimants.stream().noneMatch(n -> sameName(n, c.claimant()))) {
            return false;
        }
        List<String> evidence = new ArrayList<>(alts(item, "evidence"));
        evidence.add((String) item.get("evidence"));
        for (String e : evidence) {
            int at = body.indexOf(normalise(e));
            assertThat(at).as("gold evidence present in body: " + e).isGreaterThanOrEqualTo(0);
            if (at < c.evidence().end() && c.evidence().start() < at + normalise(e).length()) {
                return true;
            }
        }
        return false;
    }

    // ---- agreements

    private void scoreAgreements(String stem, Map<String, Object> g, ExtractedArticle a) {
        Score score = scores.get("agreements");
        List<Map<String, Object>> gold = items(g, "agreements");
        boolean[] used = new boolean[a.agreements().size()];
        for (Map<String, Object> item : gold) {
            if (optional(item)) {
                continue;
            }
            score.goldRequired++;
            int hit = -1;
            for (int k = 0; k < a.agreements().size() && hit < 0; k++) {
                if (!used[k] && agreementMatches(a.body(), item, a.agreements().get(k))) {
                    hit = k;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                score.found++;
                ExtractedAgreement found = a.agreements().get(hit);
                List<String> statuses = new ArrayList<>(alts(item, "status"));
                statuses.add((String) item.get("status"));
                assertThat(statuses).as(stem + " status of " + found.name()).contains(found.status().name());
                assertThat(found.parties()).as(stem + " parties of " + found.name())
                        .containsExactlyInAnyOrderElementsOf(strings(item.get("parties")));
            } else {
                misses.add(stem + " agreement " + item.get("name"));
            }
        }
        for (int k = 0; k < a.agreements().size(); k++) {
            ExtractedAgreement ag = a.agreements().get(k);
            if (used[k]) {
                score.extractedCounted++;
                score.correct++;
            } else if (!matchesOptional(gold, item -> agreementMatches(a.body(), item, ag))) {
                score.extractedCounted++;
                misses.add(stem + " extra agreement " + ag.name());
            }
        }
    }

    private boolean agreementMatches(String body, Map<String, Object> item, ExtractedAgreement ag) {
        String e = normalise((String) item.get("evidence"));
        int at = body.indexOf(e);
        assertThat(at).as("gold agreement evidence present in body: " + e).isGreaterThanOrEqualTo(0);
        return ag.evidence().stream().anyMatch(span -> at < span.end() && span.start() < at + e.length());
    }

    // ---- helpers

    private static boolean fieldMatches(Map<String, Object> g, String field, Object actual) {
        List<String> accepted = new ArrayList<>(alts(g, field));
        if (g.get(field) == null) {
            if (actual == null) {
                return true;
            }
        } else {
            accepted.add((String) g.get(field));
        }
        return actual != null && accepted.contains(normalise((String) actual));
    }

    private boolean matchesOptional(List<Map<String, Object>> gold, java.util.function.Predicate<Map<String, Object>> test) {
        return gold.stream().anyMatch(item -> optional(item) && test.test(item));
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && Lexicon.nameKey(a).equals(Lexicon.nameKey(b));
    }

    private static boolean optional(Map<String, Object> item) {
        return Boolean.TRUE.equals(item.get("optional"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> g, String key) {
        Object v = g.get(key);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> alts(Map<String, Object> item, String field) {
        Object alt = item.get("alt");
        if (!(alt instanceof Map)) {
            return List.of();
        }
        return strings(((Map<String, Object>) alt).get(field));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return v == null ? List.of() : (List<String>) v;
    }

    /** The same spacing normalisation the cleaner applies: non-breaking spaces to spaces, runs collapsed. */
    static String normalise(String s) {
        return PageCleaner.collapseSpaces(PageText.normalise(s));
    }
}

package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What the two seed articles must show through the public API once the corpus has loaded at startup. */
@QuarkusTest
public class SeedCorpusTest {

    static final String DW_TITLE = "What does Putin’s official visit mean for Kim Jong-un?";
    static final String COMMENTARY_TITLE = "Commentary: Worry more about Putin’s visit to North Korea than Kim’s trash balloons";

    @BeforeEach
    void ready() {
        GraphQLClient.awaitReady();
    }

    static JsonPath articleTitled(String title) {
        JsonPath response = GraphQLClient.post("""
                query($text: String) {
                  articles(first: 10, filter: {text: $text}) {
                    edges { node { id title publishedOn author publisher { name } body
                      citedSources { name aliases kind stateRun }
                      experts { name role affiliation category }
                      claims { text kind stance claimant claimantType expert { name } source { name } evidence { start end text } }
                      agreements { name parties status topics } } }
                  }
                }""", Map.of("text", "\"" + title + "\""));
        assertThat(response.getList("errors")).isNull();
        List<String> titles = response.getList("data.articles.edges.node.title");
        int index = titles.indexOf(title);
        assertThat(index).as("article titled %s among %s", title, titles).isNotNegative();
        return new JsonPath(response.prettify()).setRootPath("data.articles.edges[" + index + "].node");
    }

    @Test
    void bothSeedArticlesCarryTheirRealTitlesNotSiteNamesOrBoilerplate() {
        JsonPath response = GraphQLClient.post("{ articles(first: 100) { edges { node { title } } } }", Map.of());
        assertThat(response.getList("errors")).isNull();
        List<String> titles = response.getList("data.articles.edges.node.title");
        assertThat(titles).contains(DW_TITLE, COMMENTARY_TITLE);
        assertThat(titles).noneMatch(t -> t.contains("Solid State Lighting Design") || t.contains("You may also like"));
    }

    @Test
    void dwArticleIsDatedFromItsTitleSuffixAndPublishedByDw() {
        JsonPath dw = articleTitled(DW_TITLE);
        assertThat(dw.getString("publishedOn")).isEqualTo("2024-06-19");
        assertThat(dw.getString("publisher.name")).isEqualTo("DW");
        assertThat(dw.getString("author")).isNull();
    }

    @Test
    void citedSourcesAreCanonicalWithAliasesAndStateRunOnlyWhereTheTextSaysSo() {
        JsonPath response = GraphQLClient.post("""
                { sources(first: 100) { edges { node { name aliases kind stateRun articles { title } } } } }""", Map.of());
        assertThat(response.getList("errors")).isNull();
        List<Map<String, Object>> sources = response.getList("data.sources.edges.node");
        Map<String, Object> kcna = byName(sources, "Korean Central News Agency");
        Map<String, Object> tass = byName(sources, "TASS");
        Map<String, Object> rodong = byName(sources, "Rodong Sinmun");
        assertThat(kcna.get("stateRun")).isEqualTo(true);
        assertThat(kcna.get("kind")).isEqualTo("NEWS_AGENCY");
        assertThat(tass.get("stateRun")).isEqualTo(true);
        assertThat(tass.get("kind")).isEqualTo("NEWS_AGENCY");
        assertThat(castList(tass.get("aliases"))).contains("Tass news agency");
        assertThat(rodong.get("kind")).isEqualTo("NEWSPAPER");
        assertThat(rodong.get("stateRun")).isNull();
        assertThat(castList(rodong.get("aliases"))).contains("Rodang Sinmun");
        assertThat(sources).extracting(s -> (String) s.get("name"))
                .noneMatch(n -> n.contains("Source Link") || n.contains("Venezuela") || n.contains("You may also like"));
    }

    @Test
    void expertsCarryRolesAndAffiliationsAsPrinted() {
        JsonPath response = GraphQLClient.post("""
                { experts(first: 100) { edges { node { name role affiliation category claims { text } articles { title } } } } }""",
                Map.of());
        assertThat(response.getList("errors")).isNull();
        List<Map<String, Object>> experts = response.getList("data.experts.edges.node");
        assertExpert(experts, "Leif-Erik Easley", "professor of international studies", "Ewha Women’s University", "ANALYST");
        assertExpert(experts, "Yakov Zinberg", "professor of international relations", "Kokushikan University", "ANALYST");
        assertExpert(experts, "Lim Yoon-jung", "associate professor of international studies", "Kongju National University", "ANALYST");
        assertExpert(experts, "Yuri Ushakov", "foreign policy aide", "Kremlin", "OFFICIAL");
        for (String name : List.of("Leif-Erik Easley", "Yakov Zinberg", "Lim Yoon-jung", "Yuri Ushakov")) {
            assertThat((List<?>) byName(experts, name).get("claims")).as("claims of " + name).isNotEmpty();
        }
        assertThat(experts).extracting(e -> (String) e.get("name"))
                .noneMatch(n -> n.contains("Admin") || n.contains("Source Link") || n.contains("Venezuela"));
    }

    @Test
    void quotesAreAttributedToTheExpertsWithEvidenceInsideTheBody() {
        JsonPath dw = articleTitled(DW_TITLE);
        String body = dw.getString("body");
        List<Map<String, Object>> claims = dw.getList("claims");
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.get("claimant")).isEqualTo("Leif-Erik Easley");
            assertThat(c.get("kind")).isEqualTo("DIRECT_QUOTE");
            assertThat((String) c.get("text")).startsWith("The list of countries willing to host Putin");
        });
        assertThat(claims).anySatisfy(c -> assertThat(c.get("claimant")).isEqualTo("Yakov Zinberg"));
        assertThat(claims).anySatisfy(c -> assertThat(c.get("claimant")).isEqualTo("Lim Yoon-jung"));
        for (Map<String, Object> claim : claims) {
            @SuppressWarnings("unchecked")
            Map<String, Object> evidence = (Map<String, Object>) claim.get("evidence");
            int start = (Integer) evidence.get("start");
            int end = (Integer) evidence.get("end");
            assertThat(body.substring(start, end)).isEqualTo(evidence.get("text"));
        }
        assertThat(body).doesNotContain("See also").doesNotContain("Venezuela").doesNotContain("(rmr/rml)");
    }

    @Test
    void theDenialDisagreesWithTheArtilleryClaimAndBothArticlesAgreeOnTheShells() {
        JsonPath commentary = articleTitled(COMMENTARY_TITLE);
        assertThat(commentary.getString("body")).doesNotContain("Source Link").doesNotContain("cookies");
        JsonPath denials = GraphQLClient.post("""
                { claims(first: 100, filter: {stance: DENIES}) { edges { node { claimant article { title }
                    relations { relation claim { claimant text stance article { title } } } } } } }""", Map.of());
        assertThat(denials.getList("errors")).isNull();
        List<Map<String, Object>> nodes = denials.getList("data.claims.edges.node");
        assertThat(nodes).anySatisfy(denial -> {
            assertThat(denial.get("claimant")).isEqualTo("North Korea");
            assertThat(new JsonPath(toJson(denial)).<String>getList("relations.relation")).contains("DISAGREES");
            assertThat(new JsonPath(toJson(denial)).<String>getList("relations.claim.claimant")).contains("United States", "South Korea");
        });

        JsonPath shells = GraphQLClient.post("""
                { claims(first: 100, filter: {text: "artillery shells"}) { edges { node { claimant article { title }
                    relations { relation claim { article { title } } } } } } }""", Map.of());
        assertThat(shells.getList("errors")).isNull();
        List<Map<String, Object>> shellClaims = shells.getList("data.claims.edges.node");
        assertThat(shellClaims).anySatisfy(claim -> {
            JsonPath c = new JsonPath(toJson(claim));
            assertThat(c.getString("article.title")).isEqualTo(COMMENTARY_TITLE);
            assertThat(c.<String>getList("relations.relation")).contains("AGREES");
            assertThat(c.<String>getList("relations.claim.article.title")).contains(DW_TITLE);
        });
    }

    @Test
    void theStrategicPartnershipAgreementIsPlannedBetweenRussiaAndNorthKorea() {
        JsonPath response = GraphQLClient.post("""
                { agreements(first: 100, filter: {text: "strategic partnership"}) { edges { node { name parties status topics
                    articles { title } evidence { text } } } } }""", Map.of());
        assertThat(response.getList("errors")).isNull();
        List<Map<String, Object>> agreements = response.getList("data.agreements.edges.node");
        assertThat(agreements).anySatisfy(a -> {
            JsonPath g = new JsonPath(toJson(a));
            assertThat(g.<String>getList("parties")).contains("Russia", "North Korea");
            assertThat(g.getString("status")).isEqualTo("PLANNED");
            assertThat(g.<String>getList("articles.title")).contains(COMMENTARY_TITLE);
            assertThat(g.<String>getList("evidence.text")).anyMatch(t -> t.toString().contains("agreement on strategic partnership"));
        });
    }

    private static void assertExpert(List<Map<String, Object>> experts, String name, String role, String affiliation,
            String category) {
        Map<String, Object> expert = byName(experts, name);
        assertThat(expert.get("role")).as(name + " role").isEqualTo(role);
        assertThat(expert.get("affiliation")).as(name + " affiliation").isEqualTo(affiliation);
        assertThat(expert.get("category")).as(name + " category").isEqualTo(category);
    }

    private static Map<String, Object> byName(List<Map<String, Object>> items, String name) {
        return items.stream().filter(i -> name.equals(i.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + items.stream().map(i -> i.get("name")).toList()));
    }

    private static String toJson(Object value) {
        return new io.vertx.core.json.JsonObject(castMap(value)).encode();
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}

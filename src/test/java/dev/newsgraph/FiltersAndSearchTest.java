package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Each filter narrows its list, filters combine with AND, and search ranks the obvious hit first. */
@QuarkusTest
class FiltersAndSearchTest {

    static GraphFixtures.Graph graph;

    @BeforeEach
    void writeGraphOnce() {
        if (graph == null) {
            GraphQLClient.awaitReady();
            graph = GraphFixtures.write(6, 2);
        }
    }

    private String id(Object entityId) {
        return String.valueOf(entityId);
    }

    @Test
    void articleFiltersByPublisherCitedSourceExpertAgreementAndDates() {
        String tag = graph.tag();
        assertThat(articleIds("{text: \"" + tag + "\", publisherId: \"" + id(graph.sources().get(2).id) + "\"}"))
                .containsExactly(id(graph.articles().get(1).id));
        assertThat(articleIds("{citedSourceId: \"" + id(graph.sources().get(3).id) + "\"}"))
                .containsExactly(id(graph.articles().get(3).id));
        assertThat(articleIds("{expertId: \"" + id(graph.experts().get(4).id) + "\"}"))
                .containsExactly(id(graph.articles().get(4).id));
        assertThat(articleIds("{agreementId: \"" + id(graph.agreements().get(5).id) + "\"}"))
                .containsExactly(id(graph.articles().get(5).id));
        // dates: article i is 2024-01-01 + (i % 3) days, except i = 4 which is undated
        assertThat(articleIds("{text: \"" + tag + "\", publishedFrom: \"2024-01-02\", publishedTo: \"2024-01-02\"}"))
                .containsExactlyInAnyOrder(id(graph.articles().get(1).id));
        assertThat(articleIds("{text: \"" + tag + "\", publishedFrom: \"2024-01-03\"}"))
                .containsExactlyInAnyOrder(id(graph.articles().get(2).id), id(graph.articles().get(5).id));
    }

    @Test
    void claimFiltersCombineWithAnd() {
        String expert = id(graph.experts().get(1).id);
        assertThat(claimTexts("{expertId: \"" + expert + "\"}")).hasSize(2);
        assertThat(claimTexts("{expertId: \"" + expert + "\", kind: DIRECT_QUOTE}"))
                .containsExactly(graph.tag() + " claim 1.0");
        assertThat(claimTexts("{articleId: \"" + id(graph.articles().get(2).id) + "\", kind: REPORTED}"))
                .containsExactly(graph.tag() + " claim 2.1");
        assertThat(claimTexts("{sourceId: \"" + id(graph.sources().get(3).id) + "\", stance: ASSERTS}")).hasSize(2);
        assertThat(claimTexts("{sourceId: \"" + id(graph.sources().get(3).id) + "\", stance: DENIES}")).isEmpty();
        assertThat(claimTexts("{claimant: \"" + graph.experts().get(0).name.toUpperCase() + "\", claimantType: EXPERT}"))
                .hasSize(2);
        assertThat(claimTexts("{claimant: \"" + graph.experts().get(0).name + "\", claimantType: GOVERNMENT}")).isEmpty();
    }

    @Test
    void expertSourceAndAgreementFilters() {
        String tag = graph.tag();
        JsonPath experts = GraphQLClient.post("""
                query($t: String) { experts(first: 50, filter: {text: $t, category: ANALYST, affiliation: "university"}) { edges { node { name } } } }""",
                Map.of("t", tag));
        assertThat(experts.getList("errors")).isNull();
        assertThat(experts.getList("data.experts.edges")).hasSize(6);
        JsonPath none = GraphQLClient.post("""
                query($t: String) { experts(filter: {text: $t, category: OFFICIAL}) { edges { node { name } } } }""", Map.of("t", tag));
        assertThat(none.getList("data.experts.edges")).isEmpty();

        JsonPath stateRunAgencies = GraphQLClient.post("""
                query($t: String) { sources(first: 50, filter: {text: $t, kind: NEWS_AGENCY, stateRun: true}) { edges { node { name kind stateRun } } } }""",
                Map.of("t", tag));
        assertThat(stateRunAgencies.getList("errors")).isNull();
        assertThat(stateRunAgencies.getList("data.sources.edges")).hasSize(3);
        assertThat(stateRunAgencies.getList("data.sources.edges.node.kind")).containsOnly("NEWS_AGENCY");

        JsonPath agreements = GraphQLClient.post("""
                query($p: String) { agreements(first: 50, filter: {party: $p, status: PLANNED}) { edges { node { name parties } } } }""",
                Map.of("p", (tag + "LAND")));
        assertThat(agreements.getList("errors")).isNull();
        assertThat(agreements.getList("data.agreements.edges")).hasSize(6);
        JsonPath signed = GraphQLClient.post("""
                query($p: String) { agreements(filter: {party: $p, status: SIGNED}) { edges { node { name } } } }""", Map.of("p", tag + "land"));
        assertThat(signed.getList("data.agreements.edges")).isEmpty();
    }

    @Test
    void searchRanksTheObviousHitFirstAndAcceptsAnyInput() {
        String title = graph.tag() + " article 3";
        JsonPath response = GraphQLClient.post("""
                query($q: String!) { search(query: $q, first: 5) { __typename ... on Article { id title } ... on Claim { id } } }""",
                Map.of("q", "\"" + title + "\""));
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getString("data.search[0].__typename")).isEqualTo("Article");
        assertThat(response.getString("data.search[0].title")).isEqualTo(title);

        JsonPath detailed = GraphQLClient.post("""
                query($q: String!) { searchResults(query: $q, first: 3) { rank snippet hit { __typename ... on Expert { name } } } }""",
                Map.of("q", graph.experts().get(2).name));
        assertThat(detailed.getList("errors")).isNull();
        assertThat(detailed.getString("data.searchResults[0].hit.__typename")).isEqualTo("Expert");
        assertThat(detailed.getString("data.searchResults[0].snippet")).contains("<b>");
        assertThat(detailed.getFloat("data.searchResults[0].rank")).isPositive();

        for (String odd : List.of("", "   ", "\"unbalanced", "-", "a & b | !c ) (", "'; drop table article; --", "\u0000\uFFFF☃", "or or or")) {
            JsonPath safe = GraphQLClient.post("query($q: String!) { search(query: $q) { __typename } }", Map.of("q", odd));
            assertThat(safe.getList("errors")).as(odd).isNull();
        }
        JsonPath excluded = GraphQLClient.post("query($q: String!) { search(query: $q, first: 100) { ... on Article { title } } }",
                Map.of("q", graph.tag() + " article -\"article 3\""));
        assertThat(excluded.getList("data.search.title")).doesNotContain(title);
    }

    private List<String> articleIds(String filter) {
        JsonPath response = GraphQLClient.post("{ articles(first: 100, filter: " + filter + ") { edges { node { id } } } }", Map.of());
        assertThat(response.getList("errors")).as(filter).isNull();
        return response.getList("data.articles.edges.node.id");
    }

    private List<String> claimTexts(String filter) {
        JsonPath response = GraphQLClient.post("{ claims(first: 100, filter: " + filter + ") { edges { node { text } } } }", Map.of());
        assertThat(response.getList("errors")).as(filter).isNull();
        return response.getList("data.claims.edges.node.text");
    }
}

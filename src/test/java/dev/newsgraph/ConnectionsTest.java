package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Cursor connections: every item exactly once across pages, stable documented order, clear errors. */
@QuarkusTest
class ConnectionsTest {

    static GraphFixtures.Graph graph;

    @BeforeEach
    void writeGraphOnce() {
        if (graph == null) {
            GraphQLClient.awaitReady();
            graph = GraphFixtures.write(13, 2);
        }
    }

    @Test
    void walkingArticlePagesSeesEveryArticleOnceNewestFirstUndatedLast() {
        List<Map<String, Object>> seen = walk("articles", "{ text: \"" + graph.tag() + "\" }", "id publishedOn", 4);
        assertThat(seen).hasSize(13);
        assertThat(new HashSet<>(seen.stream().map(n -> n.get("id")).toList())).hasSize(13);
        List<String> dates = seen.stream().map(n -> (String) n.get("publishedOn")).toList();
        int firstUndated = dates.indexOf(null);
        assertThat(firstUndated).isGreaterThan(0);
        assertThat(dates.subList(firstUndated, dates.size())).containsOnlyNulls();
        List<String> dated = dates.subList(0, firstUndated);
        assertThat(dated).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void walkingClaimPagesSeesEveryClaimOnce() {
        List<Map<String, Object>> seen = walk("claims", "{ text: \"" + graph.tag() + "\" }", "id", 5);
        assertThat(seen).hasSize(26);
        assertThat(new HashSet<>(seen.stream().map(n -> n.get("id")).toList())).hasSize(26);
    }

    @Test
    void walkingSourceExpertAndAgreementPagesSeesEachOnceInNameOrder() {
        for (String field : List.of("sources", "experts", "agreements")) {
            List<Map<String, Object>> seen = walk(field, "{ text: \"" + graph.tag() + "\" }", "id name", 3);
            assertThat(seen).as(field).hasSize(13);
            List<String> names = seen.stream().map(n -> (String) n.get("name")).toList();
            assertThat(new HashSet<>(names)).as(field).hasSize(13);
            assertThat(names).as(field).isSorted();
        }
    }

    @Test
    void totalCountCountsAllPages() {
        JsonPath response = GraphQLClient.post("""
                query($text: String) { claims(first: 3, filter: {text: $text}) { totalCount pageInfo { hasNextPage } } }""",
                Map.of("text", graph.tag()));
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getInt("data.claims.totalCount")).isEqualTo(26);
        assertThat(response.getBoolean("data.claims.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void pageSizeAboveOneHundredIsBadUserInput() {
        JsonPath response = GraphQLClient.post("query { articles(first: 101) { edges { cursor } } }", Map.of());
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(response.getString("errors[0].message")).contains("first");
    }

    @Test
    void malformedOrForeignCursorIsBadUserInput() {
        JsonPath garbage = GraphQLClient.post("query { sources(after: \"%%not-a-cursor\") { edges { cursor } } }", Map.of());
        assertThat(garbage.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        JsonPath claimsPage = GraphQLClient.post("query { claims(first: 1) { pageInfo { endCursor } } }", Map.of());
        String claimCursor = claimsPage.getString("data.claims.pageInfo.endCursor");
        JsonPath foreign = GraphQLClient.post("query($after: String) { experts(after: $after) { edges { cursor } } }",
                Map.of("after", claimCursor));
        assertThat(foreign.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(foreign.getString("errors[0].message")).doesNotContain("Exception").doesNotContain("select");
    }

    @Test
    void unknownIdIsNullWithoutErrorAndMalformedIdIsBadUserInput() {
        JsonPath unknown = GraphQLClient.post("""
                query { article(id: "999999") { id } source(id: "999999") { id } expert(id: "999999") { id }
                        claim(id: "999999") { id } agreement(id: "999999") { id } }""", Map.of());
        assertThat(unknown.getList("errors")).isNull();
        assertThat(unknown.getMap("data")).containsOnlyKeys("article", "source", "expert", "claim", "agreement");
        assertThat(unknown.getMap("data").values()).containsOnlyNulls();

        JsonPath malformed = GraphQLClient.post("query { article(id: \"abc'; drop table article;--\") { id } }", Map.of());
        assertThat(malformed.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(malformed.getString("errors[0].message")).contains("'id'");
        assertThat(malformed.getString("data.article")).isNull();
    }

    @Test
    void relationsResolveInBothDirections() {
        String expertId = String.valueOf(graph.experts().get(0).id);
        JsonPath response = GraphQLClient.post("""
                query($id: ID!) { expert(id: $id) { name articles { id experts { id } } claims { expert { id } article { id } } } }""",
                Map.of("id", expertId));
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getList("data.expert.articles")).hasSize(1);
        assertThat(response.getList("data.expert.articles[0].experts.id")).containsExactly(expertId);
        assertThat(response.getList("data.expert.claims.expert.id")).containsOnly(expertId);

        String sourceId = String.valueOf(graph.sources().get(0).id);
        JsonPath source = GraphQLClient.post("""
                query($id: ID!) { source(id: $id) { articles { id citedSources { id } publisher { id } } claims { source { id } } } }""",
                Map.of("id", sourceId));
        assertThat(source.getList("errors")).isNull();
        // source 0 is cited by article 0 and publishes the last article
        assertThat(source.getList("data.source.articles")).hasSize(2);
        assertThat(source.getList("data.source.claims.source.id")).containsOnly(sourceId);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> walk(String field, String filter, String selection, int pageSize) {
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        for (int guard = 0; guard < 100; guard++) {
            String query = "query($first: Int, $after: String) { " + field + "(first: $first, after: $after, filter: " + filter
                    + ") { edges { cursor node { " + selection + " } } pageInfo { hasNextPage endCursor } } }";
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("first", pageSize);
            variables.put("after", after);
            JsonPath response = GraphQLClient.post(query, variables);
            assertThat(response.getList("errors")).isNull();
            List<Map<String, Object>> edges = response.getList("data." + field + ".edges");
            assertThat(edges.size()).isLessThanOrEqualTo(pageSize);
            edges.forEach(edge -> seen.add((Map<String, Object>) edge.get("node")));
            if (!response.getBoolean("data." + field + ".pageInfo.hasNextPage")) {
                return seen;
            }
            after = response.getString("data." + field + ".pageInfo.endCursor");
            assertThat(after).isEqualTo(edges.get(edges.size() - 1).get("cursor"));
        }
        throw new AssertionError("more than 100 pages");
    }
}

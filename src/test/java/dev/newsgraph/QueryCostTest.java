package dev.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Nested fields are batched: the statements a query costs do not grow with the number of parents. */
@QuarkusTest
class QueryCostTest {

    private static final String ARTICLE_PAGE = """
            query Page($first: Int!, $text: String) {
              articles(first: $first, filter: {text: $text}) {
                edges { node { id title publisher { name }
                  claims { id text claimant expert { name affiliation } source { name kind }
                           relations { relation claim { id } } }
                  citedSources { name } experts { name } agreements { name } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @Inject
    AgroalDataSource dataSource;

    static GraphFixtures.Graph graph;

    @BeforeEach
    void writeGraphOnce() {
        if (graph == null) {
            GraphQLClient.awaitReady();
            graph = GraphFixtures.write(25, 3);
        }
    }

    @Test
    void articlePageWithClaimsExpertsAndSourcesCostsTheSameAtTwoAndTwentyArticles() {
        SqlStatements statements = new SqlStatements(dataSource);
        long atTwo = statementsFor(statements, 2);
        long atTwenty = statementsFor(statements, 20);
        System.out.printf("SQL statements for the nested article page: %d at 2 articles, %d at 20%n", atTwo, atTwenty);
        assertThat(atTwenty).isEqualTo(atTwo);
        assertThat(atTwo).isLessThanOrEqualTo(12);
    }

    @Test
    void totalCountIsOnlyComputedWhenSelected() {
        SqlStatements statements = new SqlStatements(dataSource);
        statements.reset();
        JsonPath without = GraphQLClient.post("query { articles(first: 1) { edges { cursor } } }", Map.of());
        long withoutCount = statements.executed();
        statements.reset();
        JsonPath with = GraphQLClient.post("query { articles(first: 1) { edges { cursor } totalCount } }", Map.of());
        long withCount = statements.executed();
        assertThat(without.getList("errors")).isNull();
        assertThat(with.getList("errors")).isNull();
        assertThat(with.getInt("data.articles.totalCount")).isGreaterThanOrEqualTo(25);
        assertThat(withCount).isEqualTo(withoutCount + 1);
    }

    private long statementsFor(SqlStatements statements, int first) {
        // Filtering on the fixture's tag keeps the page to this test's own articles.
        statements.reset();
        JsonPath response = GraphQLClient.post(ARTICLE_PAGE, Map.of("first", first, "text", graph.tag()));
        long executed = statements.executed();
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getList("data.articles.edges")).hasSize(first);
        assertThat(response.getList("data.articles.edges[0].node.claims")).hasSize(3);
        assertThat(response.getString("data.articles.edges[0].node.claims[0].expert.name")).startsWith(graph.tag());
        return executed;
    }
}

package dev.newsgraph.graphql.readpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.parser.Parser;

/**
 * What the planner refuses, and whether the refusal holds for every request with the document (its shape, so the
 * parsed-document cache may forget the tree) or only for these variables and this operation name.
 */
class ReadPlannerTest {

    private static ReadPlanner.Unsupported refusal(String document, String operationName, Map<String, Object> variables) {
        Document tree = Parser.parse(document);
        return catchThrowableOfType(() -> ReadPlanner.plan(tree, operationName, variables, null, null),
                ReadPlanner.Unsupported.class);
    }

    @Test
    void refusalsWrittenIntoTheDocumentAreItsShape() {
        for (String document : new String[] {
                "mutation { deleteArticle(id: \"1\") }",
                "{ search(query: \"nuclear\") { __typename } }",
                "{ articles(first: 2, filter: { text: \"nuclear\" }) { edges { node { id } } } }",
                "{ articles { edges { node { id agreements { articles { id } } } } } }",
                "{ article(id: 1) { id @deprecated } }",
                "{ article(id: 1) { ... on Claim { id } } }",
                "{ __schema { queryType { name } } }",
                "{ article(id: 1) { claims @skip(if: false) { id expert { claims { id } } } } }" }) {
            ReadPlanner.Unsupported refused = refusal(document, null, Map.of());
            assertThat(refused).as(document).isNotNull();
            assertThat(refused.shape).as(document).isTrue();
        }
    }

    @Test
    void refusalsThatDependOnVariablesOrTheOperationNameAreNotItsShape() {
        Map<String, Object> skipNothing = new HashMap<>(Map.of("s", false));
        String[][] cases = {
                { "query($s: Boolean!) { article(id: 1) { id search: experts @skip(if: $s) { claims { id } } } }", null },
                { "query($id: ID!) { article(id: $id) { id } }", null },
                { "query($f: ArticleFilter) { articles(filter: $f) { totalCount } }", null },
                { "query A { article(id: 1) { id } } mutation B { deleteArticle(id: \"1\") }", "B" },
                { "query($first: Int) { articles(first: $first) { totalCount } }", null } };
        skipNothing.put("id", "abc");
        skipNothing.put("f", Map.of("text", "nuclear"));
        skipNothing.put("first", 101);
        for (String[] c : cases) {
            ReadPlanner.Unsupported refused = refusal(c[0], c[1], skipNothing);
            assertThat(refused).as(c[0]).isNotNull();
            assertThat(refused.shape).as(c[0]).isFalse();
        }
    }

    @Test
    void aDocumentRefusedForItsVariablesIsPlannedWithOthers() throws Exception {
        Document tree = Parser.parse("query($id: ID!) { article(id: $id) { id title } }");
        assertThatThrownBy(() -> ReadPlanner.plan(tree, null, Map.of("id", "abc"), null, null))
                .isInstanceOf(ReadPlanner.Unsupported.class);
        assertThat(ReadPlanner.plan(tree, null, Map.of("id", "7"), null, null).fields).hasSize(1);
    }
}

package dev.newsgraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.ParserOptions;

/** The parse DocumentGuard runs before SmallRye: its limits, its cache and the messages clients read. */
class ParsedDocumentsTest {

    private static ParsedDocuments withMaxTokens(int maxTokens) {
        return new ParsedDocuments(ParserOptions.getDefaultOperationParserOptions().transform(b -> b.maxTokens(maxTokens)));
    }

    @Test
    void theConfiguredTokenLimitIsTheOneEnforcedAndNamed() {
        ParsedDocuments documents = withMaxTokens(50);
        String under = "{ " + "__typename ".repeat(40) + "}";
        String over = "{ " + "__typename ".repeat(60) + "}";
        assertThat(documents.parse(under).queriesOnly()).isTrue();
        assertThatThrownBy(() -> documents.parse(over)).isInstanceOf(InvalidSyntaxException.class)
                .extracting(e -> RequestGuards.syntaxMessage(e.getMessage())).asString()
                .startsWith("The document is too long: it has more than 50 tokens, the most this server parses.");
    }

    @Test
    void mutationsAndSubscriptionsAreToldApartFromQueries() {
        ParsedDocuments documents = withMaxTokens(15_000);
        assertThat(documents.parse("query A { articles { totalCount } } query B { sources { totalCount } }").queriesOnly())
                .isTrue();
        assertThat(documents.parse("query A { articles { totalCount } } mutation B { deleteArticle(id: \"1\") }").queriesOnly())
                .isFalse();
        assertThat(documents.parse("subscription { articleIngested { id } }").queriesOnly())
                .isFalse();
    }

    @Test
    void theCacheStaysBoundedAndSkipsLongDocuments() {
        ParsedDocuments documents = withMaxTokens(15_000);
        for (int i = 0; i < ParsedDocuments.MOST_CACHED + 10; i++) {
            documents.parse("{ a" + i + ": __typename }");
            assertThat(documents.size()).isLessThanOrEqualTo(ParsedDocuments.MOST_CACHED);
        }
        ParsedDocuments fresh = withMaxTokens(15_000);
        String aliases = "{ " + "x: __typename ".repeat(ParsedDocuments.LONGEST_CACHED / 10) + "}";
        assertThat(aliases.length()).isGreaterThan(ParsedDocuments.LONGEST_CACHED);
        fresh.parse(aliases);
        assertThat(fresh.size()).isZero();
        fresh.parse("{ __typename }");
        assertThat(fresh.size()).isEqualTo(1);
    }

    @Test
    void syntaxMessagesKeepTheLocationAndDoNotEchoLongTokens() {
        ParsedDocuments documents = withMaxTokens(15_000);
        assertThatThrownBy(() -> documents.parse("{ articles(first: ) { ")).isInstanceOf(InvalidSyntaxException.class)
                .extracting(e -> RequestGuards.syntaxMessage(e.getMessage())).asString()
                .isEqualTo("Invalid syntax with offending token ')' at line 1 column 19");
        String longToken = "\"" + "x".repeat(500) + "\"";
        assertThatThrownBy(() -> documents.parse("{ " + longToken + " }")).isInstanceOf(InvalidSyntaxException.class)
                .extracting(e -> RequestGuards.syntaxMessage(e.getMessage())).asString()
                .isEqualTo("Invalid syntax at line 1 column 3");
    }

    @Test
    void aRepeatedDocumentHandsBackTheTreeOfItsFirstParseUntilTheTreeIsDropped() {
        ParsedDocuments documents = withMaxTokens(15_000);
        String query = "query($id: ID!) { article(id: $id) { id title } }";
        ParsedDocuments.Parsed first = documents.parse(query);
        assertThat(first.tree()).isNotNull();
        assertThat(documents.parse(query)).isSameAs(first);
        assertThat(documents.parse(query).tree()).isSameAs(first.tree());
        first.dropTree();
        assertThat(documents.parse(query).tree()).as("a dropped tree is not parsed again").isNull();
        assertThat(documents.parse(query).operations()).hasSize(1);
        String aliases = "{ " + "x: __typename ".repeat(ParsedDocuments.LONGEST_CACHED / 10) + "}";
        assertThat(documents.parse(aliases).tree()).as("a long document's tree serves its own request").isNotNull();
        assertThat(documents.parse(aliases)).isNotSameAs(documents.parse(aliases));
    }
}

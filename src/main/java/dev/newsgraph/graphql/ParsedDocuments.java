package dev.newsgraph.graphql;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

/**
 * Parses GraphQL documents with the options SmallRye's own parse uses, and remembers a bounded number of those
 * that parsed, so a client repeating the same query pays for a map look-up instead of a second parse. Failures are
 * not remembered: they are answered at once and cost the sender as much as the server.
 */
final class ParsedDocuments {

    /** A document that parsed: whether every operation in it is a query (GET allows nothing else). */
    enum Parsed {
        QUERIES_ONLY, HAS_MUTATION_OR_SUBSCRIPTION
    }

    /** Documents longer than this are parsed every time; caching them would let a few requests hold a lot of memory. */
    static final int LONGEST_CACHED = 8_192;
    /** At most this many documents are remembered (with {@link #LONGEST_CACHED} at most 16 MB of text). */
    static final int MOST_CACHED = 1_024;

    private final ParserOptions options;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    ParsedDocuments(ParserOptions options) {
        this.options = options;
    }

    /** Parses {@code document}; throws graphql-java's own exception, with its location, when it does not parse. */
    Parsed parse(String document) throws InvalidSyntaxException {
        Parsed known = parsed.get(document);
        if (known != null) {
            return known;
        }
        Document tree = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                .document(document).parserOptions(options).locale(Locale.ENGLISH).build());
        Parsed result = tree.getDefinitionsOfType(OperationDefinition.class).stream()
                .allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY)
                        ? Parsed.QUERIES_ONLY
                        : Parsed.HAS_MUTATION_OR_SUBSCRIPTION;
        if (document.length() <= LONGEST_CACHED) {
            if (parsed.size() >= MOST_CACHED) {
                parsed.clear(); // crude but bounded; a working set this large re-fills in a few requests
            }
            parsed.put(document, result);
        }
        return result;
    }

    int size() {
        return parsed.size();
    }
}

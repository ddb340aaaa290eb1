package dev.newsgraph.graphql.readpath;

import java.util.Map;

/**
 * The object types the read path answers, and for each the fields it can answer: a leaf (null) or the object type
 * the field leads to. A selection holding any other field, or any field of another type, goes to SmallRye.
 */
enum ReadType {
    QUERY("Query"),
    ARTICLE_CONNECTION("ArticleConnection"),
    ARTICLE_EDGE("ArticleEdge"),
    CLAIM_CONNECTION("ClaimConnection"),
    CLAIM_EDGE("ClaimEdge"),
    PAGE_INFO("PageInfo"),
    ARTICLE("Article"),
    CLAIM("Claim"),
    EXPERT("Expert"),
    SOURCE("Source"),
    SPAN("Span"),
    CLAIM_RELATION("ClaimRelation"),
    AGREEMENT("Agreement");

    /** Marks a leaf in {@link #fields()}: a field whose value is written as it is. */
    static final ReadType LEAF = null;

    final String graphqlName;

    ReadType(String graphqlName) {
        this.graphqlName = graphqlName;
    }

    /** True when this type has a field {@code name} the read path answers. */
    boolean answers(String name) {
        return name.equals("__typename") || FIELDS.get(this).containsKey(name);
    }

    /** The type the field {@code name} leads to, or null for a leaf. */
    ReadType typeOf(String name) {
        return name.equals("__typename") ? LEAF : FIELDS.get(this).get(name);
    }

    private static final Map<ReadType, Map<String, ReadType>> FIELDS = Map.ofEntries(
            Map.entry(QUERY, map("articles", ARTICLE_CONNECTION, "claims", CLAIM_CONNECTION, "article", ARTICLE,
                    "claim", CLAIM)),
            Map.entry(ARTICLE_CONNECTION, map("edges", ARTICLE_EDGE, "pageInfo", PAGE_INFO, "totalCount", LEAF)),
            Map.entry(ARTICLE_EDGE, map("cursor", LEAF, "node", ARTICLE)),
            Map.entry(CLAIM_CONNECTION, map("edges", CLAIM_EDGE, "pageInfo", PAGE_INFO, "totalCount", LEAF)),
            Map.entry(CLAIM_EDGE, map("cursor", LEAF, "node", CLAIM)),
            Map.entry(PAGE_INFO, map("hasNextPage", LEAF, "endCursor", LEAF)),
            Map.entry(ARTICLE, map("id", LEAF, "title", LEAF, "url", LEAF, "publishedOn", LEAF, "author", LEAF,
                    "body", LEAF, "publisher", SOURCE, "claims", CLAIM, "citedSources", SOURCE, "experts", EXPERT,
                    "agreements", AGREEMENT)),
            Map.entry(CLAIM, map("id", LEAF, "text", LEAF, "kind", LEAF, "stance", LEAF, "claimant", LEAF,
                    "claimantType", LEAF, "expert", EXPERT, "source", SOURCE, "evidence", SPAN, "article", ARTICLE,
                    "relations", CLAIM_RELATION)),
            Map.entry(CLAIM_RELATION, map("relation", LEAF, "claim", CLAIM)),
            Map.entry(AGREEMENT, map("id", LEAF, "name", LEAF, "parties", LEAF, "status", LEAF, "topics", LEAF,
                    "evidence", SPAN)),
            Map.entry(EXPERT, map("id", LEAF, "name", LEAF, "role", LEAF, "affiliation", LEAF, "category", LEAF)),
            Map.entry(SOURCE, map("id", LEAF, "name", LEAF, "aliases", LEAF, "kind", LEAF, "stateRun", LEAF)),
            Map.entry(SPAN, map("start", LEAF, "end", LEAF, "text", LEAF)));

    private static Map<String, ReadType> map(Object... pairs) {
        java.util.HashMap<String, ReadType> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (ReadType) pairs[i + 1]);
        }
        return map;
    }
}

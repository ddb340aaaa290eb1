package dev.newsgraph.graphql.readpath;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.readpath.GraphReader.AgreementRow;
import dev.newsgraph.graphql.readpath.GraphReader.ArticleRow;
import dev.newsgraph.graphql.readpath.GraphReader.ClaimRow;
import dev.newsgraph.graphql.readpath.GraphReader.ExpertRow;
import dev.newsgraph.graphql.readpath.GraphReader.Page;
import dev.newsgraph.graphql.readpath.GraphReader.RelationRow;
import dev.newsgraph.graphql.readpath.GraphReader.SourceRow;
import dev.newsgraph.graphql.readpath.GraphReader.SpanRow;

/**
 * Writes the answer to a loaded {@link Selection} as SmallRye writes it: {@code {"data":{...}}}, fields in selection
 * order, ids as strings, dates as ISO-8601, enums by name, cursors as the resolvers encode them, no whitespace.
 */
final class AnswerWriter {

    private static final byte[] DATA = "{\"data\":".getBytes(StandardCharsets.US_ASCII);

    private final JsonText out;

    private AnswerWriter(JsonText out) {
        this.out = out;
    }

    /** The whole response body for {@code root}, loaded by {@link GraphReader}. */
    static JsonText answer(Selection root, int sizeHint) {
        JsonText out = new JsonText(sizeHint);
        out.raw(DATA);
        new AnswerWriter(out).object(root, null);
        out.raw('}');
        return out;
    }

    private void object(Selection selection, Object value) {
        out.raw('{');
        boolean first = true;
        for (Selection.Field field : selection.fields) {
            if (!first) {
                out.raw(',');
            }
            first = false;
            out.raw(field.key);
            if (field.name.equals("__typename")) {
                out.quotedAscii(selection.type.graphqlName);
                continue;
            }
            switch (selection.type) {
                case QUERY -> root(field);
                case ARTICLE_CONNECTION -> connection(field, (Page<?>) value, "article");
                case CLAIM_CONNECTION -> connection(field, (Page<?>) value, "claim");
                case ARTICLE_EDGE, CLAIM_EDGE -> edge(field, (Edge) value);
                case PAGE_INFO -> pageInfo(field, (PageInfoValue) value);
                case ARTICLE -> article(field, (ArticleRow) value);
                case CLAIM -> claim(field, (ClaimRow) value);
                case EXPERT -> expert(field, (ExpertRow) value);
                case SOURCE -> source(field, (SourceRow) value);
                case SPAN -> span(field, (SpanRow) value);
                case CLAIM_RELATION -> relation(field, (RelationRow) value);
                case AGREEMENT -> agreement(field, (AgreementRow) value);
                default -> throw new IllegalStateException(selection.type.name());
            }
        }
        out.raw('}');
    }

    private void root(Selection.Field field) {
        switch (field.name) {
            case "articles", "claims" -> object(field.selection, field.loaded);
            default -> nullable(field.selection, field.loaded);
        }
    }

    /** An edge of a page: the row and its cursor. */
    private record Edge(Object row, String cursor) {
    }

    /** What a connection's pageInfo says. */
    private record PageInfoValue(boolean hasNextPage, String endCursor) {
    }

    private void connection(Selection.Field field, Page<?> page, String kind) {
        List<?> rows = page.rows();
        switch (field.name) {
            case "edges" -> {
                out.raw('[');
                for (int i = 0; i < rows.size(); i++) {
                    if (i > 0) {
                        out.raw(',');
                    }
                    Object row = rows.get(i);
                    object(field.selection, new Edge(row, cursorOf(kind, row)));
                }
                out.raw(']');
            }
            case "totalCount" -> out.number(((Long) field.loaded).intValue());
            case "pageInfo" -> object(field.selection, new PageInfoValue(page.hasNextPage(),
                    rows.isEmpty() ? null : cursorOf(kind, rows.get(rows.size() - 1))));
            default -> throw new IllegalStateException(field.name);
        }
    }

    private static String cursorOf(String kind, Object row) {
        if (row instanceof ArticleRow article) {
            return new Cursor(kind, article.id(), article.publishedOn() == null ? null : article.publishedOn().toString())
                    .encode();
        }
        return new Cursor(kind, ((ClaimRow) row).id(), null).encode();
    }

    private void edge(Selection.Field field, Edge edge) {
        switch (field.name) {
            case "cursor" -> out.quotedAscii(edge.cursor());
            case "node" -> object(field.selection, edge.row());
            default -> throw new IllegalStateException(field.name);
        }
    }

    private void pageInfo(Selection.Field field, PageInfoValue info) {
        switch (field.name) {
            case "hasNextPage" -> out.bool(info.hasNextPage());
            case "endCursor" -> out.quotedAscii(info.endCursor());
            default -> throw new IllegalStateException(field.name);
        }
    }

    private void article(Selection.Field field, ArticleRow article) {
        switch (field.name) {
            case "id" -> out.quotedNumber(article.id());
            case "title" -> out.string(article.title());
            case "url" -> out.string(article.url());
            case "publishedOn" -> out.quotedAscii(article.publishedOn() == null ? null : article.publishedOn().toString());
            case "author" -> out.string(article.author());
            case "body" -> out.string(article.body());
            case "publisher" -> nullable(field.selection, referenced(field, article.publisherId()));
            case "claims", "citedSources", "experts", "agreements" -> list(field.selection, children(field, article.id()));
            default -> throw new IllegalStateException(field.name);
        }
    }

    private void claim(Selection.Field field, ClaimRow claim) {
        switch (field.name) {
            case "id" -> out.quotedNumber(claim.id());
            case "text" -> out.string(claim.text());
            case "kind" -> out.quotedAscii(claim.kind());
            case "stance" -> out.quotedAscii(claim.stance());
            case "claimant" -> out.string(claim.claimant());
            case "claimantType" -> out.quotedAscii(claim.claimantType());
            case "expert" -> nullable(field.selection, referenced(field, claim.expertId()));
            case "source" -> nullable(field.selection, referenced(field, claim.sourceId()));
            case "article" -> nullable(field.selection, referenced(field, claim.articleId()));
            case "evidence" -> object(field.selection, claim.evidence());
            case "relations" -> list(field.selection, children(field, claim.id()));
            default -> throw new IllegalStateException(field.name);
        }
    }

    private void expert(Selection.Field field, ExpertRow expert) {
        switch (field.name) {
            case "id" -> out.quotedNumber(expert.id());
            case "name" -> out.string(expert.name());
            case "role" -> out.string(expert.role());
            case "affiliation" -> out.string(expert.affiliation());
            case "category" -> out.quotedAscii(expert.category());
            default -> throw new IllegalStateException(field.name);
        }
    }

    private void source(Selection.Field field, SourceRow source) {
        switch (field.name) {
            case "id" -> out.quotedNumber(source.id());
            case "name" -> out.string(source.name());
            case "aliases" -> strings(source.aliases());
            case "kind" -> out.quotedAscii(source.kind());
            case "stateRun" -> {
                if (source.stateRun() == null) {
                    out.nullValue();
                } else {
                    out.bool(source.stateRun());
                }
            }
            default -> throw new IllegalStateException(field.name);
        }
    }

    private void span(Selection.Field field, SpanRow span) {
        switch (field.name) {
            case "start" -> out.number(span.start());
            case "end" -> out.number(span.end());
            case "text" -> out.string(span.text());
            default -> throw new IllegalStateException(field.name);
        }
    }

    private void relation(Selection.Field field, RelationRow relation) {
        switch (field.name) {
            case "relation" -> out.quotedAscii(relation.relation());
            case "claim" -> nullable(field.selection, referenced(field, relation.otherClaimId()));
            default -> throw new IllegalStateException(field.name);
        }
    }

    private void agreement(Selection.Field field, AgreementRow agreement) {
        switch (field.name) {
            case "id" -> out.quotedNumber(agreement.id());
            case "name" -> out.string(agreement.name());
            case "parties" -> strings(agreement.parties());
            case "status" -> out.quotedAscii(agreement.status());
            case "topics" -> strings(agreement.topics());
            case "evidence" -> list(field.selection, children(field, agreement.id()));
            default -> throw new IllegalStateException(field.name);
        }
    }

    private void strings(String[] values) {
        out.raw('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.raw(',');
            }
            out.string(values[i]);
        }
        out.raw(']');
    }

    private void nullable(Selection selection, Object value) {
        if (value == null) {
            out.nullValue();
        } else {
            object(selection, value);
        }
    }

    private void list(Selection selection, List<?> values) {
        out.raw('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.raw(',');
            }
            object(selection, values.get(i));
        }
        out.raw(']');
    }

    private static Object referenced(Selection.Field field, Long id) {
        return id == null ? null : ((Map<?, ?>) field.loaded).get(id);
    }

    @SuppressWarnings("unchecked")
    private static List<?> children(Selection.Field field, long parentId) {
        List<?> children = ((Map<?, List<?>>) field.loaded).get(parentId);
        return children == null ? List.of() : children;
    }
}

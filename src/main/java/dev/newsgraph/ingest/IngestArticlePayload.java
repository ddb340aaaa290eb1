package dev.newsgraph.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.article.Article;

/** What ingestArticle did. */
@Type("IngestArticlePayload")
@Description("What ingestArticle did.")
public record IngestArticlePayload(
        @Description("The stored article; null when errors is not empty.") Article article,
        @NonNull @Description("False when the same text was already stored (idempotent re-ingest): article is then the stored one.") boolean created,
        @NonNull @Description("Why the input was refused; empty on success.") List<@NonNull UserError> errors) {

    static IngestArticlePayload of(IngestResult result) {
        return new IngestArticlePayload(result.article(), result.created(), List.of());
    }

    static IngestArticlePayload refused(RejectedInput rejected) {
        return new IngestArticlePayload(null, false,
                List.of(new UserError(rejected.code().name(), rejected.getMessage(), rejected.field())));
    }
}

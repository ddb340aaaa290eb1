package dev.newsgraph.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.article.Article;
import dev.newsgraph.graphql.ErrorMapping;
import dev.newsgraph.graphql.Ids;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The editor's mutations and the live feed of new articles. */
@GraphQLApi
@ErrorMapping.Mapped
public class IngestGraphQLApi {

    private final ArticleIngestor ingestor;
    private final ArticleFeed feed;
    private final EditorAccess access;
    private final IngestSlots slots;

    public IngestGraphQLApi(ArticleIngestor ingestor, ArticleFeed feed, EditorAccess access, IngestSlots slots) {
        this.ingestor = ingestor;
        this.feed = feed;
        this.access = access;
        this.slots = slots;
    }

    @Mutation("ingestArticle")
    @NonNull
    @Description("Adds an article: extracts its facts and stores everything in one transaction. Idempotent on the text: "
            + "the same text again returns the stored article with created=false. Requires the role \"editor\". "
            + "At most newsgraph.ingest.max-concurrent ingests run at once; one more gets SERVICE_UNAVAILABLE.")
    public Uni<IngestArticlePayload> ingestArticle(@NonNull @Description("The article to add.") IngestArticleInput input) {
        return access.requireEditor().chain(() -> {
            IngestRequest request = new IngestRequest(input.text, input.url, input.title, input.publishedOn, input.publisherName, null);
            return slots.run(() -> ingestor.ingest(request))
                    .invoke(result -> {
                        if (result.created()) {
                            feed.announce(result.article());
                        }
                    })
                    .map(IngestArticlePayload::of)
                    .onFailure(RejectedInput.class).recoverWithItem(e -> IngestArticlePayload.refused((RejectedInput) e));
        });
    }

    @Mutation("deleteArticle")
    @NonNull
    @Description("Deletes an article with its claims and mentions, and the sources, experts and agreements that only it "
            + "referred to. False when there was no such article. Requires the role \"editor\".")
    public Uni<Boolean> deleteArticle(@NonNull @Id @Description("The article's id.") String id) {
        long articleId = Ids.parse("id", id);
        return access.requireEditor().chain(() -> ingestor.delete(articleId));
    }

    @Subscription("articleIngested")
    @NonNull
    @Description("Each article newly stored through ingestArticle, sent after its transaction commits. Re-ingesting "
            + "known text and refused input send nothing.")
    public Multi<Article> articleIngested() {
        return feed.stream();
    }
}

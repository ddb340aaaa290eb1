package dev.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.article.Article;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** Announces each newly stored article to the subscribers connected at that moment. */
@ApplicationScoped
public class ArticleFeed {

    private final BroadcastProcessor<Article> published = BroadcastProcessor.create();

    /** Called once the article's transaction has committed. */
    void announce(Article article) {
        published.onNext(article);
    }

    /** Articles stored from now on. */
    public Multi<Article> stream() {
        return published;
    }
}

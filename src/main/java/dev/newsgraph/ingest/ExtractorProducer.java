package dev.newsgraph.ingest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.newsgraph.extract.ArticleExtractor;

/** Builds the one extractor the service shares; it loads its word lists once. */
public class ExtractorProducer {

    @Produces
    @Singleton
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }
}

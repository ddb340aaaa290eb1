package dev.newsgraph.search;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** Anything {@code search} can find. */
@Union
@Description("Anything search can find: an article, claim, expert, source or agreement.")
public interface SearchHit {
}

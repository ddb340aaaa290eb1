package dev.newsgraph.graphql;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * Gives each GraphQL resolver a stateless session of its own. graphql-java resolves sibling fields
 * concurrently, and a Hibernate Reactive session is not safe for concurrent use (HR000069), so reads
 * never share the request's context-bound session.
 */
@ApplicationScoped
public class ReadSessions {

    private final Mutiny.SessionFactory sessions;

    public ReadSessions(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Runs {@code work} in a fresh stateless session and closes it afterwards, whatever the outcome. */
    public <T> Uni<T> read(Function<Mutiny.StatelessSession, Uni<T>> work) {
        return sessions.openStatelessSession()
                .chain(session -> work.apply(session).eventually(session::close));
    }
}

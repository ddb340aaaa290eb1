package dev.newsgraph.graphql;

import java.time.Duration;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    private final Duration timeout;

    public ReadSessions(Mutiny.SessionFactory sessions,
            @ConfigProperty(name = "newsgraph.database.read-timeout", defaultValue = "PT5S") Duration timeout) {
        this.sessions = sessions;
        this.timeout = timeout;
    }

    /**
     * Runs {@code work} in a fresh stateless session and closes it afterwards, whatever the outcome. A read
     * that has not answered within {@code newsgraph.database.read-timeout} fails as SERVICE_UNAVAILABLE
     * rather than holding the client while the database is away.
     */
    public <T> Uni<T> read(Function<Mutiny.StatelessSession, Uni<T>> work) {
        return sessions.openStatelessSession()
                .chain(session -> work.apply(session).eventually(session::close))
                .ifNoItem().after(timeout).failWith(() -> new ApiException.ServiceUnavailable(
                        "The database did not answer in time; try again shortly."));
    }
}

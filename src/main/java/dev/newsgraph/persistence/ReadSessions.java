package dev.newsgraph.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import dev.newsgraph.graphql.ErrorMapping;

/**
 * Gives each GraphQL resolver a stateless session of its own. graphql-java resolves sibling fields
 * concurrently, and a Hibernate Reactive session is not safe for concurrent use (HR000069), so reads
 * never share the request's context-bound session. The hottest batch reads skip Hibernate altogether and
 * map rows of the reactive SQL client (see {@link #rows}).
 */
@ApplicationScoped
public class ReadSessions {

    private final Mutiny.SessionFactory sessions;
    private final Pool pool;
    private final Duration timeout;

    public ReadSessions(Mutiny.SessionFactory sessions, Pool pool,
            @ConfigProperty(name = "newsgraph.database.read-timeout", defaultValue = "PT5S") Duration timeout) {
        this.sessions = sessions;
        this.pool = pool;
        this.timeout = timeout;
    }

    /**
     * Runs {@code work} in a fresh stateless session and closes it afterwards, whatever the outcome. A read
     * that has not answered within {@code newsgraph.database.read-timeout} fails as SERVICE_UNAVAILABLE
     * rather than holding the client while the database is away.
     */
    public <T> Uni<T> read(Function<Mutiny.StatelessSession, Uni<T>> work) {
        return withTimeout(sessions.openStatelessSession()
                .chain(session -> work.apply(session).eventually(session::close)));
    }

    /**
     * Runs one SQL query on the reactive pool and maps each row with {@code mapper}, with the same read
     * timeout. For batch reads answering thousands of rows per request: Hibernate's entity hydration cost
     * more than the query, and these rows only ever feed a response.
     */
    public <T> Uni<List<T>> rows(String sql, Tuple arguments, Function<Row, T> mapper) {
        return withTimeout(pool.preparedQuery(sql).execute(arguments).map(rows -> {
            List<T> mapped = new ArrayList<>(rows.size());
            for (Row row : rows) {
                mapped.add(mapper.apply(row));
            }
            return mapped;
        }));
    }

    /**
     * {@link #rows} for a batch: the query's one parameter {@code $1} is the array of these ids. No statement
     * runs when there are none.
     */
    public <T> Uni<List<T>> rowsOfIds(String sql, List<Long> ids, Function<Row, T> mapper) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return rows(sql, Tuple.of(ids.toArray(Long[]::new)), mapper);
    }

    private <T> Uni<T> withTimeout(Uni<T> read) {
        return read.ifNoItem().after(timeout).failWith(ErrorMapping::readTimedOut);
    }
}

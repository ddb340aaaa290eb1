package dev.newsgraph.database;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.core.Future;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnectOptions;

/**
 * Builds the reactive PostgreSQL pool from Quarkus's settings, with three changes:
 * <ul>
 * <li>each connection opens with {@code statement_timeout} set to {@code newsgraph.database.read-timeout}, so
 * PostgreSQL itself cancels a statement the client has stopped waiting for; without it a stuck read (a huge search, a
 * table lock) kept its connection busy for minutes and starved every other query. Write transactions raise the
 * limit for themselves ({@code ArticleIngestor.holdWriteLock});</li>
 * <li>{@code client_min_messages=warning}: PostgreSQL's NOTICEs (a search of stop words only) are not sent, where the
 * client logged each one as a WARN "Backend notice";</li>
 * <li>no timer on waiting for a connection (PoolOptions' connection timeout): in Vert.x SQL client 4.5 that timer is
 * not cancelled when the wait fails first (the database refused the connection), and fails the same promise again
 * later, logged as an ERROR "Result is already complete" every few seconds of an outage. Every read has its own
 * timeout ({@code ReadSessions}), and statement_timeout bounds how long a connection stays taken.</li>
 * </ul>
 */
@Singleton
public class DatabasePool implements PgPoolCreator {

    private final Duration statementTimeout;

    public DatabasePool(@ConfigProperty(name = "newsgraph.database.read-timeout", defaultValue = "PT5S") Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    @Override
    public Pool create(Input input) {
        PoolOptions pool = new PoolOptions(input.poolOptions()).setConnectionTimeout(0);
        List<SqlConnectOptions> servers = input.pgConnectOptionsList().stream()
                .<SqlConnectOptions>map(options -> new PgConnectOptions(options)
                        .addProperty("statement_timeout", statementTimeout.toMillis() + "ms")
                        .addProperty("client_min_messages", "warning"))
                .toList();
        // As Quarkus builds its pool (PgDriver with a supplier of options, servers taken in turn), so the pool's
        // metrics are registered once.
        AtomicInteger next = new AtomicInteger();
        return PgDriver.INSTANCE.createPool(input.vertx(),
                () -> Future.succeededFuture(servers.get(Math.floorMod(next.getAndIncrement(), servers.size()))), pool);
    }
}

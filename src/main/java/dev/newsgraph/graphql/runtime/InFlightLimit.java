package dev.newsgraph.graphql.runtime;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets at most {@code newsgraph.graphql.max-in-flight} GraphQL requests execute at once and queues the rest in
 * arrival order. Each executing request holds its whole result tree in memory until it is written, and on a
 * saturated CPU more of them at once only means more of those trees alive, more garbage collection and longer
 * waits for every one of them: without a bound, Q2 fell from 90 requests/s at 8 connections to 23 at 32.
 * Queued requests wait in a queue that costs a few bytes each. The route runs after the request guards
 * (order -100: documents that do not parse are answered before they queue) and before SmallRye's handler.
 */
@ApplicationScoped
public class InFlightLimit {

    /** After DocumentGuard (-100), before SmallRye's GraphQL route. */
    private static final int ORDER = -90;

    private final String path;
    private final int limit;
    private final AtomicInteger executing = new AtomicInteger();
    private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();

    public InFlightLimit(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "newsgraph.graphql.max-in-flight", defaultValue = "0") int configured) {
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.limit = configured > 0 ? configured : 4 * Runtime.getRuntime().availableProcessors();
    }

    void register(@Observes Router router) {
        router.route(path).order(ORDER).handler(this::admit);
    }

    int limit() {
        return limit;
    }

    /** Requests executing now. */
    int executing() {
        return executing.get();
    }

    private void admit(RoutingContext request) {
        // A subscription's WebSocket lives as long as the client wants it: it is not work in flight.
        if (request.request().headers().contains("Upgrade", "websocket", true)) {
            request.next();
            return;
        }
        if (tryStart()) {
            run(request);
            return;
        }
        waiting.add(new Waiting(request, Vertx.currentContext()));
        // A request that finished between the failed tryStart and the add found nothing to hand its slot to.
        handOver();
    }

    private boolean tryStart() {
        while (true) {
            int now = executing.get();
            if (now >= limit) {
                return false;
            }
            if (executing.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    private void run(RoutingContext request) {
        if (request.response().closed()) {
            executing.decrementAndGet(); // the client gave up while it waited
            handOver();
            return;
        }
        // Whichever comes first frees the slot: the response's headers going out (SmallRye writes each answer
        // whole, so its work is done by then) or the end of the exchange (also when the client went away).
        // Handlers, not the response's own single end handler, which SmallRye's handler sets for itself.
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                executing.decrementAndGet();
                handOver();
            }
        };
        request.addHeadersEndHandler(headers -> release.run());
        request.addEndHandler(done -> release.run());
        request.next();
    }

    /** Starts queued requests while there are free slots, each on its own connection's event loop. */
    private void handOver() {
        while (!waiting.isEmpty() && tryStart()) {
            Waiting next = waiting.poll();
            if (next == null) {
                executing.decrementAndGet();
                return;
            }
            if (next.context == null) {
                run(next.request);
            } else {
                next.context.runOnContext(v -> run(next.request));
            }
        }
    }

    private record Waiting(RoutingContext request, Context context) {
    }
}

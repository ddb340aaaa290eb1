package dev.newsgraph.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.newsgraph.graphql.ApiException;
import io.smallrye.mutiny.Uni;

/**
 * Bounds how many ingests run at once. Each holds its text (up to 2 MB) and its extraction in memory and queues for
 * the one write lock, so eight at once took seconds each and a gigabyte of heap while none finished sooner; one more
 * than {@code newsgraph.ingest.max-concurrent} is refused at once with SERVICE_UNAVAILABLE, before its text is read,
 * and the client retries.
 */
@ApplicationScoped
public class IngestSlots {

    private final int max;
    private final AtomicInteger running = new AtomicInteger();

    public IngestSlots(@ConfigProperty(name = "newsgraph.ingest.max-concurrent", defaultValue = "2") int max) {
        this.max = Math.max(1, max);
    }

    /** Runs {@code ingest} in a free slot, released whatever the outcome (also on cancellation). */
    public <T> Uni<T> run(Supplier<Uni<T>> ingest) {
        return Uni.createFrom().deferred(() -> {
            if (running.incrementAndGet() > max) {
                running.decrementAndGet();
                return Uni.createFrom().failure(new ApiException.ServiceUnavailable("The server is already ingesting " + max
                        + " articles; try again in a few seconds."));
            }
            return Uni.createFrom().<T>deferred(ingest::get).onTermination().invoke(running::decrementAndGet);
        });
    }

    /** How many ingests are running now. */
    int running() {
        return running.get();
    }
}

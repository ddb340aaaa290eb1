package dev.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the startup corpus is loaded, so a load balancer sends no traffic to a half-filled graph. */
@Readiness
@ApplicationScoped
public class CorpusReadiness implements HealthCheck {

    private final CorpusLoader loader;

    public CorpusReadiness(CorpusLoader loader) {
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("corpus");
        if (!loader.loaded().isDone()) {
            return builder.down().withData("state", "loading").build();
        }
        CorpusLoader.CorpusSummary summary = loader.loaded().getNow(null);
        builder.up();
        if (summary != null) {
            builder.withData("articles", summary.articles()).withData("claims", summary.claims());
        }
        return builder.build();
    }
}

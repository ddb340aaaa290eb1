package dev.newsgraph.ingest;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.vertx.ext.web.Router;

/**
 * {@code POST /dev/token?role=editor} signs a short-lived bearer token with the bundled development key,
 * so an editor can try the mutations in GraphiQL. Registered only where {@code newsgraph.dev-token.enabled}
 * is true, which is the dev profile's default and never production's.
 */
@ApplicationScoped
public class DevTokenRoute {

    private final boolean enabled;
    private final String issuer;

    public DevTokenRoute(@ConfigProperty(name = "newsgraph.dev-token.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "https://newsgraph.dev") String issuer) {
        this.enabled = enabled;
        this.issuer = issuer;
    }

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        router.post("/dev/token").blockingHandler(context -> {
            String role = context.queryParams().contains("role") ? context.queryParams().get("role") : EditorAccess.ROLE;
            String token = Jwt.issuer(issuer).upn("dev-" + role + "@newsgraph.dev").groups(Set.of(role))
                    .expiresIn(Duration.ofHours(8)).sign();
            context.response().putHeader("content-type", "text/plain").end(token + "\n");
        });
    }
}

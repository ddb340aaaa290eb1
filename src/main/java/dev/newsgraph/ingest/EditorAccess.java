package dev.newsgraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import dev.newsgraph.graphql.ApiException;
import io.smallrye.mutiny.Uni;

/**
 * Lets only editors write. The check runs inside the resolver (not as an outer security interceptor) so
 * that its failures pass through the one error mapping and reach clients as UNAUTHENTICATED or FORBIDDEN.
 */
@ApplicationScoped
public class EditorAccess {

    static final String ROLE = "editor";

    private final CurrentIdentityAssociation identities;

    public EditorAccess(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** Completes when the caller is an authenticated editor; fails with an {@link ApiException} otherwise. */
    public Uni<SecurityIdentity> requireEditor() {
        return identities.getDeferredIdentity()
                .onFailure().transform(e -> new ApiException.Unauthenticated(
                        "The bearer token could not be verified (expired, wrong issuer or bad signature)."))
                .invoke(identity -> {
                    if (identity.isAnonymous()) {
                        throw new ApiException.Unauthenticated(
                                "This operation needs a bearer token with the role \"editor\" in the Authorization header.");
                    }
                    if (!identity.hasRole(ROLE)) {
                        throw new ApiException.Forbidden("This operation needs the role \"editor\"; your token does not carry it.");
                    }
                });
    }
}

package dev.newsgraph;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed like the dev token endpoint signs them (smallrye-jwt-build). */
public final class Tokens {

    private Tokens() {
    }

    /** A valid token carrying {@code role}. */
    public static String withRole(String role) {
        return Jwt.issuer("https://newsgraph.dev").upn("test-" + role + "@newsgraph.dev").groups(Set.of(role))
                .expiresIn(600).sign();
    }

    /** A well-formed editor token signed with a key the server does not trust. */
    public static String signedByStranger() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer("https://newsgraph.dev").upn("mallory@newsgraph.dev").groups(Set.of("editor"))
                    .expiresIn(600).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

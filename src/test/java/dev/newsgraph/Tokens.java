package dev.newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed like the dev token endpoint signs them (smallrye-jwt-build). */
public final class Tokens {

    private Tokens() {
    }

    /** A valid token carrying {@code role}, signed with the development key the test and dev profiles trust. */
    public static String withRole(String role) {
        return Jwt.issuer("https://newsgraph.dev").upn("test-" + role + "@newsgraph.dev").groups(Set.of(role))
                .expiresIn(600).sign(developmentKey());
    }

    private static PrivateKey developmentKey() {
        try (InputStream in = Tokens.class.getResourceAsStream("/dev-keys/privateKey.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development signing key", e);
        }
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

package eu.dezky.sandbox.stalwart;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;

/**
 * Generates real DKIM key pairs so the zone file carries values that look and parse like Stalwart's:
 * RSA-2048 published as the PKCS#1 {@code RSAPublicKey} ({@code p=MIIBCgKCAQEA…}) and Ed25519 as the
 * raw 32-byte key (44 base64 characters), both cut out of the JDK's X.509 SubjectPublicKeyInfo.
 */
final class DkimKeyFactory {

    /** A generated key: the DNS {@code p=} value and the private key as PEM. */
    record DkimKey(String algorithm, String publicKeyBase64, String privateKeyPem) {
    }

    private DkimKeyFactory() {
    }

    /** {@code algorithm} is a {@code DkimSignatureType} name, e.g. {@code Dkim1RsaSha256}. */
    static DkimKey generate(String algorithm) {
        boolean rsa = algorithm.contains("Rsa");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(rsa ? "RSA" : "Ed25519");
            if (rsa) {
                generator.initialize(2048);
            }
            KeyPair pair = generator.generateKeyPair();
            byte[] spki = pair.getPublic().getEncoded();
            // The SPKI's last element is a BIT STRING whose content is the key DKIM publishes; its
            // header is fixed for these two algorithms (24 bytes for RSA-2048, 12 for Ed25519).
            byte[] published = Arrays.copyOfRange(spki, rsa ? 24 : 12, spki.length);
            String pem = "-----BEGIN " + (rsa ? "RSA " : "") + "PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END " + (rsa ? "RSA " : "") + "PRIVATE KEY-----\n";
            return new DkimKey(algorithm, Base64.getEncoder().encodeToString(published), pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK cannot generate " + algorithm + " keys", e);
        }
    }

    /** The {@code k=} tag and selector word of an algorithm. */
    static String keyType(String algorithm) {
        return algorithm.contains("Rsa") ? "rsa" : "ed25519";
    }
}

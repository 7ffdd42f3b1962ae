package tierpy.kernel.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 over the four JSON frames, hex-encoded (messaging spec: "The Wire Protocol").
 * An empty key means no signing: the signature is empty and never checked. HMAC is computed as
 * RFC 2104 defines it over a plain SHA-256 digest: javax.crypto's Mac would first load and verify
 * the JCE providers, a large part of the kernel's start-up.
 */
public final class HmacSigner {
    private static final int BLOCK = 64;
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] innerPad;
    private final byte[] outerPad;
    /** A digest per thread: signing happens on whichever thread publishes, and MessageDigest is not thread-safe. */
    private final ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(HmacSigner::sha256);

    public HmacSigner(String key, String scheme) {
        if (!scheme.isEmpty() && !scheme.equals("hmac-sha256")) {
            throw new IllegalArgumentException("unsupported signature_scheme: " + scheme);
        }
        if (key.isEmpty()) {
            innerPad = null;
            outerPad = null;
            return;
        }
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length > BLOCK) keyBytes = sha256().digest(keyBytes);
        innerPad = new byte[BLOCK];
        outerPad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < keyBytes.length ? keyBytes[i] : 0;
            innerPad[i] = (byte) (k ^ 0x36);
            outerPad[i] = (byte) (k ^ 0x5c);
        }
    }

    public boolean enabled() {
        return innerPad != null;
    }

    /** The hex signature of the frames in order, or "" when signing is off. */
    public String sign(byte[]... frames) {
        return innerPad == null ? "" : HEX.formatHex(mac(frames));
    }

    private byte[] mac(byte[]... frames) {
        MessageDigest digest = digests.get();
        digest.update(innerPad);
        for (byte[] frame : frames) digest.update(frame);
        byte[] inner = digest.digest();
        digest.update(outerPad);
        return digest.digest(inner);
    }

    /** Constant-time comparison of a received signature with the frames' own. */
    public boolean verify(byte[] signature, byte[]... frames) {
        if (innerPad == null) return true;
        return MessageDigest.isEqual(sign(frames).getBytes(StandardCharsets.US_ASCII), signature);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}

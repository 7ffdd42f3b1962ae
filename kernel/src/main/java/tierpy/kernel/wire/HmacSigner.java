package tierpy.kernel.wire;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the four JSON frames, hex-encoded (messaging spec: "The Wire Protocol").
 * An empty key means no signing: the signature is empty and never checked.
 */
public final class HmacSigner {
    private final SecretKeySpec key;
    /** A Mac per thread: signing happens on whichever thread publishes, and Mac is not thread-safe. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public HmacSigner(String key, String scheme) {
        if (!scheme.isEmpty() && !scheme.equals("hmac-sha256")) {
            throw new IllegalArgumentException("unsupported signature_scheme: " + scheme);
        }
        this.key = key.isEmpty() ? null : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public boolean enabled() {
        return key != null;
    }

    /** The hex signature of the frames in order, or "" when signing is off. */
    public String sign(byte[]... frames) {
        if (key == null) return "";
        Mac mac = macs.get();
        for (byte[] frame : frames) mac.update(frame);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Constant-time comparison of a received signature with the frames' own. */
    public boolean verify(byte[] signature, byte[]... frames) {
        if (key == null) return true;
        return MessageDigest.isEqual(sign(frames).getBytes(StandardCharsets.US_ASCII), signature);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}

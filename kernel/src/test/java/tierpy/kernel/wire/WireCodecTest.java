package tierpy.kernel.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {
    private final Envelope envelope = new Envelope("session-1", "tester");

    private Message request() {
        return envelope.request("execute_request", Json.object().put("code", "1+1")).withIdentities(List.of("id".getBytes()));
    }

    @Test
    void signsWithHmacSha256OverTheFourJsonFrames() {
        HmacSigner signer = new HmacSigner("secret", "hmac-sha256");
        // Known HMAC-SHA256("secret", "abc") test value.
        assertEquals("9946dad4e00e913fc8be8e5d3f7e110a4a9e832f83fb09c345285d78638d8a0e", signer.sign("abc".getBytes()));
        List<byte[]> frames = new WireCodec(signer).encode(request());
        assertArrayEquals("id".getBytes(), frames.get(0));
        assertArrayEquals(WireCodec.DELIMITER, frames.get(1));
        assertEquals(signer.sign(frames.get(3), frames.get(4), frames.get(5), frames.get(6)),
                new String(frames.get(2), StandardCharsets.US_ASCII));
    }

    @Test
    void decodesWhatItEncodes() throws WireException {
        HmacSigner signer = new HmacSigner("k", "hmac-sha256");
        Message decoded = new WireCodec(signer).decode(new WireCodec(signer).encode(request()));
        assertEquals("execute_request", decoded.msgType());
        assertEquals("1+1", decoded.content().path("code").asText());
        assertEquals("session-1", decoded.session());
        assertEquals("5.5", decoded.header().path("version").asText());
        assertTrue(decoded.header().path("date").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"));
        assertArrayEquals("id".getBytes(), decoded.identities().get(0));
    }

    @Test
    void rejectsWrongMissingAndReplayedSignatures() throws WireException {
        WireCodec kernel = new WireCodec(new HmacSigner("right", "hmac-sha256"));
        List<byte[]> forged = new WireCodec(new HmacSigner("wrong", "hmac-sha256")).encode(request());
        assertEquals("invalid signature", assertThrows(WireException.class, () -> kernel.decode(forged)).getMessage());
        List<byte[]> unsigned = new WireCodec(new HmacSigner("", "hmac-sha256")).encode(request());
        assertEquals("unsigned message", assertThrows(WireException.class, () -> kernel.decode(unsigned)).getMessage());
        List<byte[]> good = new WireCodec(new HmacSigner("right", "hmac-sha256")).encode(request());
        kernel.decode(good);
        assertTrue(assertThrows(WireException.class, () -> kernel.decode(good)).getMessage().contains("duplicate"));
    }

    @Test
    void checksTheSignatureOverTheExactBytesReceived() {
        HmacSigner signer = new HmacSigner("k", "hmac-sha256");
        List<byte[]> frames = new ArrayList<>(new WireCodec(signer).encode(request()));
        // Same JSON meaning, different bytes: must not verify.
        frames.set(6, Json.text(Json.object().put("code", "1+1")).replace(":", " : ").getBytes());
        assertThrows(WireException.class, () -> new WireCodec(signer).decode(frames));
    }

    @Test
    void withAnEmptyKeyNothingIsSignedOrChecked() throws WireException {
        WireCodec codec = new WireCodec(new HmacSigner("", ""));
        List<byte[]> frames = codec.encode(request());
        assertEquals(0, frames.get(2).length);
        codec.decode(frames);
        codec.decode(frames);
    }

    @Test
    void rejectsMalformedFramesAndJson() {
        WireCodec codec = new WireCodec(new HmacSigner("", ""));
        assertThrows(WireException.class, () -> codec.decode(List.of("garbage".getBytes())));
        assertThrows(WireException.class, () -> codec.decode(List.of(WireCodec.DELIMITER, new byte[0], "{}".getBytes())));
        List<byte[]> badJson = List.of(WireCodec.DELIMITER, new byte[0], "{not json".getBytes(), "{}".getBytes(),
                "{}".getBytes(), "{}".getBytes());
        assertTrue(assertThrows(WireException.class, () -> codec.decode(badJson)).getMessage().startsWith("invalid JSON"));
        List<byte[]> notObject = List.of(WireCodec.DELIMITER, new byte[0], "[1]".getBytes(), "{}".getBytes(),
                "{}".getBytes(), "{}".getBytes());
        assertThrows(WireException.class, () -> codec.decode(notObject));
        List<byte[]> noType = List.of(WireCodec.DELIMITER, new byte[0], "{}".getBytes(), "{}".getBytes(),
                "{}".getBytes(), "{}".getBytes());
        assertThrows(WireException.class, () -> codec.decode(noType));
    }

    @Test
    void messageIdsAreUnique() {
        assertTrue(!Header.newMessageId().equals(Header.newMessageId()));
    }
}

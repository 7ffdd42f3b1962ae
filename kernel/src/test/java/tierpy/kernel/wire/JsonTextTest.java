package tierpy.kernel.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The protocol's JSON codec against Jackson's reading of the same text, and HMAC against javax.crypto. */
class JsonTextTest {

    @Test
    void readsWhatJacksonReads() throws Exception {
        String text = " {\"a\": [1, -2, 3.5, 1e3, 12345678901, 123456789012345678901234567890, true, false, null],"
                + " \"s\": \"q\\\"b\\\\s\\/n\\n\\t\\u00e9\\ud83d\\ude00 €\", \"o\": {}, \"l\": []} ";
        JsonNode ours = Json.parse(text);
        assertEquals(Json.mapper().readTree(text), ours);
        assertEquals("q\"b\\s/n\n\té😀 €", ours.path("s").asText());
        assertTrue(ours.path("a").get(4).isLong());
        assertTrue(ours.path("a").get(5).isBigInteger());
    }

    @Test
    void writesCompactJsonThatReadsBack() throws Exception {
        JsonNode tree = Json.tree(Map.of("text", "line\n\"quoted\" \\ é 😀 \u0001", "list", List.of(1, 2.5, true),
                "nested", Map.of("flag", false)));
        String written = Json.text(tree);
        assertEquals(Json.mapper().readTree(written), tree);
        assertTrue(written.contains("\\u0001") && written.contains("é 😀") && !written.contains(": "), written);
        assertEquals("{\"k\":[1,2.5,\"\\\"\"]}", Json.text(Json.parse("{ \"k\" : [ 1 , 2.5 , \"\\\"\" ] }")));
    }

    @Test
    void rejectsWhatIsNotJson() {
        for (String bad : List.of("", "{", "{\"a\":1,}", "[1 2]", "{\"a\":1} x", "{'a':1}", "\"raw\ttab\"", "01", "1.",
                "-", "tru", "{\"a\" 1}", "\"\\x\"", "[" .repeat(2000) + "]".repeat(2000))) {
            WireException e = assertThrows(WireException.class, () -> Json.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("invalid JSON: "), e.getMessage());
        }
    }

    @Test
    void hmacMatchesJavaxCryptoForShortAndLongKeys() throws Exception {
        byte[][] frames = {"{\"msg_id\":\"1\"}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8), new byte[0]};
        for (String key : List.of("k", "a8d6c9a0-0d2b-4c3e-9f1e-5a6b7c8d9e0f", "x".repeat(64), "long key ".repeat(20))) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] frame : frames) mac.update(frame);
            String expected = java.util.HexFormat.of().formatHex(mac.doFinal());
            HmacSigner signer = new HmacSigner(key, "hmac-sha256");
            assertEquals(expected, signer.sign(frames), key);
            assertTrue(signer.verify(expected.getBytes(StandardCharsets.US_ASCII), frames));
            assertTrue(!signer.verify(expected.toUpperCase().getBytes(StandardCharsets.US_ASCII), frames));
        }
    }
}

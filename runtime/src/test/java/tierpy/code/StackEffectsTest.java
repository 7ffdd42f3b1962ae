package tierpy.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compares {@link StackEffects} with _opcode.stack_effect recorded in opcodes.json. */
class StackEffectsTest {
    @SuppressWarnings("unchecked")
    @Test
    void netEffectsMatchCpython() throws Exception {
        Path file = Path.of(System.getProperty("tierpy.shared"), "cpython314", "opcodes.json");
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(Files.readString(file));
        Map<String, Object> effects = (Map<String, Object>) json.get("stack_effects");
        int checked = 0;
        for (Map.Entry<String, Object> e : effects.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("INSTRUMENTED_")) continue;
            int op = Opcodes.opcode(name);
            for (Map.Entry<String, Object> v : ((Map<String, Object>) e.getValue()).entrySet()) {
                String key = v.getKey();
                int oparg = key.equals("-") ? 0 : Integer.parseInt(key.split("/")[0]);
                int expected = ((Long) v.getValue()).intValue();
                boolean hasJumpVariant = key.contains("/");
                int got;
                if (hasJumpVariant) {
                    got = StackEffects.net(op, oparg, key.endsWith("/jump"));
                } else {
                    // _opcode.stack_effect without jump= is the maximum of both paths
                    got = Math.max(StackEffects.net(op, oparg, true), StackEffects.net(op, oparg, false));
                }
                assertTrue(StackEffects.popped(op, oparg) >= 0, name);
                assertEquals(expected, got, name + " oparg " + key);
                checked++;
            }
        }
        assertTrue(checked > 400, "checked " + checked);
    }
}

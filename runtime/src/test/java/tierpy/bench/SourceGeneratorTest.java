package tierpy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tierpy.ast.Mod;
import tierpy.parse.Mode;
import tierpy.parse.Parser;

/** The parse benchmark's generated module: valid Python, the requested size, the same for the same seed. */
class SourceGeneratorTest {
    @Test
    void generatesTheSameValidModuleForASeed() {
        String source = SourceGenerator.generate(200_000, 7);
        assertTrue(source.length() >= 200_000);
        assertEquals(source, SourceGenerator.generate(200_000, 7));
        Mod.Module module = (Mod.Module) Parser.parse(source, "generated.py", Mode.EXEC);
        assertTrue(module.body().size() > 100, "statements: " + module.body().size());
    }
}

package tierpy.vm.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import tierpy.vm.Tier1;
import tierpy.vm.ops.Definitions;

/** The committed Tier1.java is what the generator makes of the current ops (CPython's "make regen-cases" check). */
class Tier1GeneratorTest {
    @Test
    void committedDispatchIsUpToDate() throws IOException {
        Path file = Path.of(System.getProperty("tierpy.root")).resolve(Tier1Generator.OUTPUT);
        String generated = Tier1Generator.generate(Definitions.get());
        if (Boolean.getBoolean("tierpy.regen")) Files.writeString(file, generated);
        assertEquals(Files.readString(file), generated,
                "Tier1.java is stale: regenerate with -Dtest=Tier1GeneratorTest -Dtierpy.regen=true");
    }

    /** HotSpot does not JIT-compile methods over 8000 bytecode bytes (-XX:HugeMethodLimit). */
    @Test
    void dispatchLoopStaysCompilable() throws IOException {
        Label[] end = new Label[1];
        ClassWriter writer = new ClassWriter(0);
        try (InputStream in = Tier1.class.getResourceAsStream("Tier1.class")) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                    MethodVisitor mv = super.visitMethod(access, name, desc, sig, ex);
                    if (!name.equals("dispatch")) return mv;
                    return new MethodVisitor(Opcodes.ASM9, mv) {
                        @Override
                        public void visitMaxs(int maxStack, int maxLocals) {
                            end[0] = new Label();
                            super.visitLabel(end[0]);
                            super.visitMaxs(maxStack, maxLocals);
                        }
                    };
                }
            }, 0);
        }
        int size = end[0].getOffset();
        System.out.println("Tier1.dispatch: " + size + " bytes of bytecode (limit 8000)");
        assertTrue(size > 0 && size < 8000, "dispatch is " + size + " bytes");
    }
}

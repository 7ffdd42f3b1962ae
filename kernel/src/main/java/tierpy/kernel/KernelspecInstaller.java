package tierpy.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tierpy.kernel.wire.Json;

/**
 * {@code install}: writes {@code kernels/NAME/} with kernel.json and the logos from the checkout's
 * {@code kernelspec/} directory, into the same places {@code jupyter kernelspec install} uses
 * (jupyter_client/kernelspec.py: KernelSpecManager.install_kernel_spec).
 */
final class KernelspecInstaller {
    static final List<String> LOGOS = List.of("logo-32x32.png", "logo-64x64.png", "logo-svg.svg");

    private KernelspecInstaller() {}

    static int run(String[] args) throws IOException {
        String name = "tierpy";
        String displayName = null;
        Path kernelsDir = Path.of("/usr/local/share/jupyter/kernels");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--user" -> kernelsDir = userDataDir().resolve("kernels");
                case "--sys-prefix" -> kernelsDir = sysPrefix().resolve("share/jupyter/kernels");
                case "--prefix" -> kernelsDir = Path.of(value(args, ++i, "--prefix")).resolve("share/jupyter/kernels");
                case "--name" -> name = value(args, ++i, "--name");
                case "--display-name" -> displayName = value(args, ++i, "--display-name");
                default -> throw new IOException("install: unknown option " + args[i]);
            }
        }
        Path home = Path.of(System.getProperty("tierpy.home", "."));
        Path target = install(home, kernelsDir.resolve(name), displayName);
        System.out.println("Installed kernelspec " + name + " in " + target);
        return 0;
    }

    /** Writes the kernelspec for the checkout at {@code home} into {@code target}. */
    static Path install(Path home, Path target, String displayName) throws IOException {
        Path source = home.resolve("kernelspec");
        Path launcher = home.resolve("tierpy").toAbsolutePath().normalize();
        if (!Files.isRegularFile(source.resolve("kernel.json"))) {
            throw new IOException("no kernelspec template at " + source.resolve("kernel.json"));
        }
        ObjectNode spec = (ObjectNode) Json.readFile(source.resolve("kernel.json"));
        ArrayNode argv = Json.array();
        spec.withArray("argv").forEach(arg -> argv.add(arg.asText().replace("@TIERPY@", launcher.toString())));
        spec.set("argv", argv);
        if (displayName != null) spec.put("display_name", displayName);
        Files.createDirectories(target);
        Files.writeString(target.resolve("kernel.json"),
                Json.pretty(spec) + "\n", StandardCharsets.UTF_8);
        for (String logo : LOGOS) {
            Files.copy(source.resolve(logo), target.resolve(logo), StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String value(String[] args, int i, String option) throws IOException {
        if (i >= args.length) throw new IOException("install: " + option + " needs a value");
        return args[i];
    }

    /** jupyter_core.paths.jupyter_data_dir on Linux. */
    private static Path userDataDir() {
        String jupyterData = System.getenv("JUPYTER_DATA_DIR");
        if (jupyterData != null && !jupyterData.isEmpty()) return Path.of(jupyterData);
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("jupyter");
    }

    /** The active Python environment's prefix (virtualenv or conda), else /usr. */
    private static Path sysPrefix() {
        for (String variable : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {
            String value = System.getenv(variable);
            if (value != null && !value.isEmpty()) return Path.of(value);
        }
        return Path.of("/usr");
    }
}

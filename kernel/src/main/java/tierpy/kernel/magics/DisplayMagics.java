package tierpy.kernel.magics;

import java.util.Map;
import tierpy.embed.DisplayBundle;

/**
 * Cells shown as rich output: %%html, %%markdown, %%latex, %%svg, %%javascript / %%js (mirrors
 * IPython/core/magics/display.py: DisplayMagics, and the text/plain of IPython.display objects).
 */
final class DisplayMagics {
    private DisplayMagics() {}

    static void register(MagicShell shell) {
        add(shell, "html", "text/html", "HTML", "Render the cell as a block of HTML");
        add(shell, "markdown", "text/markdown", "Markdown", "Render the cell as Markdown text block");
        add(shell, "latex", "text/latex", "Latex", "Render the cell as a block of LaTeX");
        add(shell, "svg", "image/svg+xml", "SVG", "Render the cell as an SVG literal");
        add(shell, "javascript", "application/javascript", "Javascript", "Run the cell block of Javascript code");
        add(shell, "js", "application/javascript", "Javascript", "Run the cell block of Javascript code (alias of %%javascript)");
    }

    private static void add(MagicShell shell, String name, String mime, String className, String summary) {
        shell.add(new Magic(name, false, true, summary, "", (args, body, context) -> context.sink().display(
                new DisplayBundle(Map.of(mime, body, "text/plain", "<IPython.core.display." + className + " object>"),
                        Map.of(), Map.of()), false)));
    }
}

package tierpy.kernel.core;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tierpy.kernel.wire.Header;
import tierpy.kernel.wire.Json;

/** The kernel_info_reply content: who we are and how frontends should treat the language. */
final class KernelInfo {
    static final String IMPLEMENTATION_VERSION = "0.1.0";
    static final String PYTHON_VERSION = "3.14.7";

    private KernelInfo() {}

    static ObjectNode content() {
        ObjectNode content = Json.object();
        content.put("status", "ok");
        content.put("protocol_version", Header.PROTOCOL_VERSION);
        content.put("implementation", "tierpy");
        content.put("implementation_version", IMPLEMENTATION_VERSION);
        ObjectNode language = content.putObject("language_info");
        language.put("name", "python");
        language.put("version", PYTHON_VERSION);
        language.put("mimetype", "text/x-python");
        language.put("file_extension", ".py");
        language.put("pygments_lexer", "ipython3");
        ObjectNode codemirror = language.putObject("codemirror_mode");
        codemirror.put("name", "ipython");
        codemirror.put("version", 3);
        language.put("nbconvert_exporter", "python");
        content.put("banner", "Python " + PYTHON_VERSION + " (tierpy " + IMPLEMENTATION_VERSION + ", on the JVM)\n"
                + "Type '%lsmagic' for magics, '%quickref' for a quick reference.\n");
        ArrayNode links = content.putArray("help_links");
        links.add(link("Python Reference", "https://docs.python.org/3.14/"));
        links.add(link("Python Library Reference", "https://docs.python.org/3.14/library/"));
        links.add(link("IPython magics", "https://ipython.readthedocs.io/en/stable/interactive/magics.html"));
        content.putArray("supported_features");
        content.put("debugger", false);
        return content;
    }

    private static ObjectNode link(String text, String url) {
        ObjectNode link = Json.object();
        link.put("text", text);
        link.put("url", url);
        return link;
    }
}

package tierpy.kernel.display;

import tierpy.embed.DisplayBundle;
import tierpy.embed.StageView;
import tierpy.embed.StageView.InstructionRow;

/**
 * The display of a stage magic: the stage's text exactly as the Python module prints it, plus an
 * HTML rendering. Instruction stages become a table (line, offset, label, opname, argument) in
 * which specialized instructions are highlighted with the generic form they replace.
 */
public final class StageRendering {
    private static final String STYLE = "<style>"
            + ".tierpy-dis{border-collapse:collapse;font-family:monospace;font-size:90%}"
            + ".tierpy-dis td,.tierpy-dis th{padding:1px 8px;text-align:left}"
            + ".tierpy-dis .num{text-align:right}"
            + ".tierpy-dis tr.title td{font-weight:bold;padding-top:8px}"
            + ".tierpy-dis tr.line td{border-top:1px solid #ccc}"
            + ".tierpy-dis .specialized{background:#fff3b0;font-weight:bold}"
            + ".tierpy-dis .base{color:#888;font-weight:normal}"
            + "</style>";

    private StageRendering() {}

    public static DisplayBundle of(StageView view) {
        String html = view.rows().isEmpty() ? Html.preformatted(view.text()) : table(view);
        return Bundles.textAndHtml(view.text(), html);
    }

    static String table(StageView view) {
        StringBuilder html = new StringBuilder(STYLE);
        html.append("<table class=\"tierpy-dis\"><thead><tr><th>Line</th><th>Offset</th><th>Label</th>")
                .append("<th>Instruction</th><th>Arg</th><th>Argument</th></tr></thead><tbody>");
        for (InstructionRow row : view.rows()) {
            if (row.opname() == null) {
                html.append("<tr class=\"title\"><td colspan=\"6\">").append(Html.escape(row.argrepr())).append("</td></tr>");
                continue;
            }
            html.append(row.line() != null ? "<tr class=\"line\">" : "<tr>")
                    .append(cell("num", row.line() == null ? "" : row.line().toString()))
                    .append(cell("num", Integer.toString(row.offset())))
                    .append(cell("", row.label() == null ? "" : row.label() + ":"));
            if (row.specialized()) {
                html.append("<td class=\"specialized\" title=\"specialized form of ").append(Html.escape(row.baseOpname()))
                        .append("\">").append(Html.escape(row.opname())).append(" <span class=\"base\">(")
                        .append(Html.escape(row.baseOpname())).append(")</span></td>");
            } else {
                html.append(cell("", row.opname()));
            }
            html.append(cell("num", row.arg() == null ? "" : row.arg().toString()))
                    .append(cell("", row.argrepr() == null ? "" : row.argrepr()))
                    .append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String cell(String cssClass, String text) {
        return (cssClass.isEmpty() ? "<td>" : "<td class=\"" + cssClass + "\">") + Html.escape(text) + "</td>";
    }
}

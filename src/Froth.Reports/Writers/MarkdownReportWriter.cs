using System.Text;
using Froth.Narrative;
using Froth.Reports.Model;

namespace Froth.Reports.Writers;

/// <summary>
/// Writes a report as GitHub-flavoured Markdown; charts are referenced as SVG files in a folder beside it
/// (<see cref="ReportFiles.ChartFolder"/>).
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>The Markdown text of a report.</summary>
    public static string Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(report.Title)).Append("\n\n");
        md.Append('*').Append(Escape(Sentences.Paragraph(report.AsOfNote))).Append("*\n\n");
        foreach (var s in report.Headline)
        {
            md.Append("- **").Append(Escape(s.Text)).Append("**\n");
        }

        md.Append('\n');
        var charts = ReportFiles.ChartFolder(report);
        foreach (var section in report.Sections)
        {
            md.Append("## ").Append(Escape(section.Title)).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p:
                        var text = Escape(Sentences.Paragraph(p.Sentences));
                        md.Append(p.Style switch { ParagraphStyle.Note => $"*{text}*", ParagraphStyle.Callout => $"> **{text}**", _ => text }).Append("\n\n");
                        break;
                    case TableBlock t:
                        WriteTable(md, t.Table);
                        break;
                    case ChartBlock c:
                        md.Append("![").Append(Escape(c.Chart.Title)).Append("](").Append(charts).Append('/').Append(c.Chart.Id).Append(".svg)\n\n");
                        if (c.Chart.Caption.Count > 0)
                        {
                            md.Append('*').Append(Escape(Sentences.Paragraph(c.Chart.Caption))).Append("*\n\n");
                        }

                        break;
                    default:
                        throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
                }
            }
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Escapes the characters Markdown would read as formatting.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '`' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void WriteTable(StringBuilder md, ReportTable table)
    {
        md.Append('|');
        foreach (var c in table.Columns)
        {
            md.Append(' ').Append(Escape(c.Header)).Append(" |");
        }

        md.Append("\n|");
        foreach (var c in table.Columns)
        {
            md.Append(c.Numeric ? "---:|" : "---|");
        }

        md.Append('\n');
        foreach (var row in table.Rows)
        {
            md.Append('|');
            foreach (var cell in row)
            {
                md.Append(' ').Append(Escape(cell.Text)).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
        if (table.Notes.Count > 0)
        {
            md.Append('*').Append(Escape(Sentences.Paragraph(table.Notes))).Append("*\n\n");
        }
    }
}

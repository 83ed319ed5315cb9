using System.Text;
using Froth.Narrative;
using Froth.Reports.Model;
using Froth.Safety;

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
                        var text = Escape(Sentences.Paragraph(p.Sentences), lineStart: p.Style == ParagraphStyle.Body);
                        md.Append(p.Style switch { ParagraphStyle.Note => $"*{text}*", ParagraphStyle.Callout => $"> **{text}**", _ => text }).Append("\n\n");
                        break;
                    case TableBlock t:
                        WriteTable(md, t.Table);
                        break;
                    case ChartBlock c:
                        md.Append("![").Append(Escape(c.Chart.Title)).Append("](").Append(charts).Append('/').Append(ReportFiles.Slug(c.Chart.Id)).Append(".svg)\n\n");
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

    /// <summary>
    /// A data-born string made safe for any place this writer puts text (a heading, a paragraph, a table cell, a
    /// link's text): every line break becomes a space (so a name cannot start a new block: a fence, a rule, a list,
    /// a heading, a table row), control and bidirectional characters are written as visible escapes
    /// (<see cref="ControlCharacters"/>), leading spaces are dropped (no indented code block), and the characters
    /// Markdown reads as formatting or HTML are backslash-escaped: <c>\ * _ [ ] &lt; &gt; | ` # ~ &amp;</c>,
    /// (see the overload for text that begins a line). Link targets are never
    /// data-born: they are slugs (<see cref="ReportFiles.Slug"/>).
    /// </summary>
    public static string Escape(string text) => Escape(text, lineStart: false);

    /// <summary>
    /// <see cref="Escape(string)"/>, and when <paramref name="lineStart"/> is true (the text begins a line, as a body
    /// paragraph does) also the <c>- + =</c> or <c>1.</c> it begins with, which would open a list, a rule or a heading.
    /// </summary>
    public static string Escape(string text, bool lineStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = ControlCharacters.Neutralise(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ').Replace('\u0085', ' ')).TrimStart(' ', '\t');
        var sb = new StringBuilder(flat.Length + 8);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '`' or '#' or '~' or '&'
                || (lineStart && i == 0 && c is '-' or '+' or '=')
                || (lineStart && c is '.' or ')' && i > 0 && AllDigits(flat, i)))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    // True when flat[0..end) is all digits: "1." at the start of a line would open an ordered list.
    private static bool AllDigits(string flat, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (!char.IsAsciiDigit(flat[i]))
            {
                return false;
            }
        }

        return true;
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

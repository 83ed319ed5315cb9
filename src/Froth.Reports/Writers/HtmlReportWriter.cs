using System.Globalization;
using System.Xml.Linq;
using Froth.Narrative;
using Froth.Reports.Model;
using Froth.Safety;

namespace Froth.Reports.Writers;

/// <summary>
/// Writes a report as one self-contained HTML page: inline CSS, charts as inline SVG, no script, no font, image or
/// style sheet from anywhere else, so the page makes no network request. Each fact in the text carries its label,
/// source series and as-of date as a tooltip.
/// </summary>
/// <remarks>
/// The page is built as an XML tree (<see cref="XElement"/>), so every text and attribute is escaped and the page is
/// also well-formed XML (void elements are self-closed; no other element is left empty). That makes it checkable
/// with an XML parser, which the tests do.
/// </remarks>
public static class HtmlReportWriter
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "meta", "br", "hr", "img", "link", "col", "wbr" };

    private const string Css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f6f5f1; color: #1d1d1b; font: 16px/1.55 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 960px; margin: 0 auto; padding: 32px 40px 64px; background: #ffffff; }
        h1 { font-size: 30px; line-height: 1.2; margin: 0 0 6px; letter-spacing: -0.01em; }
        h2 { font-size: 21px; margin: 40px 0 12px; padding-top: 14px; border-top: 2px solid #1d1d1b; }
        .asof { color: #5b5b58; font-size: 14px; margin: 0 0 20px; }
        .headline { background: #fbf3ef; border-left: 5px solid #b8322a; padding: 14px 20px; margin: 0 0 18px; }
        .headline p { margin: 6px 0; font-size: 18px; line-height: 1.5; }
        nav { font-size: 13px; color: #5b5b58; margin-bottom: 8px; }
        nav a { color: #1f5f99; text-decoration: none; margin-right: 12px; white-space: nowrap; }
        p { margin: 10px 0; }
        p.note { font-size: 13px; color: #5b5b58; }
        p.callout { font-size: 18px; font-weight: bold; background: #f3f1ea; padding: 12px 16px; }
        .fact { border-bottom: 1px dotted #9a9a96; }
        table { border-collapse: collapse; margin: 12px 0 6px; font-size: 14px; width: 100%; }
        th { text-align: left; font-weight: bold; border-bottom: 2px solid #1d1d1b; padding: 5px 8px; vertical-align: bottom; }
        td { border-bottom: 1px solid #e3e1da; padding: 4px 8px; vertical-align: top; overflow-wrap: anywhere; }
        th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; overflow-wrap: normal; }
        td.ident { font-size: 13px; overflow-wrap: normal; }
        td.nowrap { white-space: nowrap; }
        tbody tr:nth-child(even) td { background: #fafaf7; }
        figure { margin: 18px 0 8px; }
        figure svg { width: 100%; height: auto; display: block; }
        figcaption { font-size: 13px; color: #5b5b58; margin-top: 4px; }
        figure h3 { font-size: 15px; margin: 0 0 4px; }
        footer { margin-top: 40px; font-size: 12px; color: #7a7a76; }
        """;

    /// <summary>The HTML text of a report.</summary>
    public static string Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var main = new XElement("main",
            new XElement("h1", report.Title),
            new XElement("p", new XAttribute("class", "asof"), SentencesContent(report.AsOfNote)),
            new XElement("div", new XAttribute("class", "headline"), report.Headline.Select(s => new XElement("p", SentenceContent(s)))),
            new XElement("nav", report.Sections.Select(s => new XElement("a", new XAttribute("href", "#" + s.Id), s.Title))));
        foreach (var section in report.Sections)
        {
            var element = new XElement("section", new XAttribute("id", section.Id), new XElement("h2", section.Title));
            foreach (var block in section.Blocks)
            {
                element.Add(Block(block));
            }

            main.Add(element);
        }

        main.Add(new XElement("footer", "Written by Froth from the data in its store; every figure in the text is a computed fact (hover for its source). Charts are drawn from the same series."));
        var html = new XElement("html", new XAttribute("lang", "en"),
            new XElement("head",
                new XElement("meta", new XAttribute("charset", "utf-8")),
                new XElement("meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                new XElement("title", report.Title),
                new XElement("style", Css)),
            new XElement("body", main));
        NeutraliseControlCharacters(html);
        CloseEmptyElements(html);
        return "<!DOCTYPE html>\n" + html.ToString(SaveOptions.None) + "\n";
    }

    private static XElement Block(ReportBlock block) => block switch
    {
        ParagraphBlock p => new XElement("p", p.Style == ParagraphStyle.Body ? null : new XAttribute("class", p.Style.ToString().ToLowerInvariant()), SentencesContent(p.Sentences)),
        TableBlock t => Table(t.Table),
        ChartBlock c => new XElement("figure",
            new XAttribute("id", "chart-" + c.Chart.Id),
            new XElement("h3", c.Chart.Title),
            XElement.Parse(ControlCharacters.Neutralise(c.Chart.Svg, keepLineBreaks: true)),
            c.Chart.Caption.Count > 0 ? new XElement("figcaption", SentencesContent(c.Chart.Caption)) : null),
        _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name}."),
    };

    private static XElement Table(ReportTable table)
    {
        var breakable = table.Columns.Select(c => c.Identifier && !c.NoWrap).ToArray();
        var classes = table.Columns.Select(c => string.Join(' ', new[] { c.Numeric ? "num" : null, c.Identifier ? "ident" : null, c.NoWrap ? "nowrap" : null }.OfType<string>())).ToArray();
        var t = new XElement("table",
            new XElement("thead", new XElement("tr", table.Columns.Select(c => new XElement("th", c.Numeric ? new XAttribute("class", "num") : null, c.Header)))),
            new XElement("tbody", table.Rows.Select(row => new XElement("tr", row.Select((cell, i) => new XElement("td",
                classes[i].Length > 0 ? new XAttribute("class", classes[i]) : null,
                cell.Fact is { Kind: not FactKind.Name } f ? FactSpan(f, cell.Text) : breakable[i] ? BreakAfterUnderscores(cell.Text) : (object)cell.Text))))));
        if (table.Notes.Count == 0)
        {
            return t;
        }

        return new XElement("div", t, new XElement("p", new XAttribute("class", "note"), SentencesContent(table.Notes)));
    }

    /// <summary>An identifier with a line-break opportunity (<c>wbr</c>) after each underscore, so that a long one wraps between its words.</summary>
    private static IEnumerable<object> BreakAfterUnderscores(string text)
    {
        var at = 0;
        for (var i = text.IndexOf('_', StringComparison.Ordinal); i >= 0 && i < text.Length - 1; i = text.IndexOf('_', at))
        {
            yield return text[at..(i + 1)];
            yield return new XElement("wbr");
            at = i + 1;
        }

        yield return text[at..];
    }

    private static IEnumerable<object> SentencesContent(IReadOnlyList<Sentence> sentences)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0)
            {
                yield return " ";
            }

            foreach (var node in SentenceContent(sentences[i]))
            {
                yield return node;
            }
        }
    }

    private static IEnumerable<object> SentenceContent(Sentence sentence)
    {
        var at = 0;
        foreach (var span in sentence.Spans)
        {
            if (span.Start > at)
            {
                yield return sentence.Text[at..span.Start];
            }

            var fact = sentence.Facts.First(f => f.Id == span.FactId);
            var written = sentence.Text.Substring(span.Start, span.Length);
            yield return fact.Kind == FactKind.Name ? written : FactSpan(fact, written);
            at = span.Start + span.Length;
        }

        if (at < sentence.Text.Length)
        {
            yield return sentence.Text[at..];
        }
    }

    private static XElement FactSpan(Fact fact, string written)
    {
        var sources = fact.Sources.Count > 0 ? string.Join("; ", fact.Sources.Select(s => s.ToString())) : "computed from other facts";
        var tip = string.Create(CultureInfo.InvariantCulture, $"{fact.Label} · {sources} · as of {fact.AsOf:yyyy-MM-dd} · {fact.Id}");
        return new XElement("span", new XAttribute("class", "fact"), new XAttribute("title", tip), new XAttribute("data-fact", fact.Id), written);
    }

    // A control or bidirectional character from data (an instrument's name) is not allowed in XML and would reorder
    // what the reader sees: every text and attribute is written with them as visible escapes (ControlCharacters).
    private static void NeutraliseControlCharacters(XElement root)
    {
        foreach (var text in root.DescendantNodes().OfType<XText>())
        {
            text.Value = ControlCharacters.Neutralise(text.Value, keepLineBreaks: true);
        }

        foreach (var attribute in root.DescendantsAndSelf().Attributes())
        {
            attribute.Value = ControlCharacters.Neutralise(attribute.Value);
        }
    }

    private static void CloseEmptyElements(XElement root)
    {
        foreach (var e in root.DescendantsAndSelf())
        {
            if (e.Name.Namespace == XNamespace.None && !e.Nodes().Any() && !VoidElements.Contains(e.Name.LocalName))
            {
                e.Add(string.Empty);
            }
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Froth.Reports.Charts;

/// <summary>Makes a drawing fit to inline in a page beside others: no XML declaration, ids unique to the chart, a view box, no external reference.</summary>
public static partial class SvgMarkup
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>
    /// Prepares <paramref name="svg"/> for inlining: parses it (so a malformed drawing fails here, not in a browser),
    /// prefixes every id and every reference to one with <paramref name="idPrefix"/> (several charts on one page
    /// would otherwise share ScottPlot's clip-path ids), adds a <c>viewBox</c> so that it scales, and refuses any
    /// reference that is not to an id of the drawing itself.
    /// </summary>
    /// <exception cref="InvalidOperationException">The drawing is not well-formed SVG or refers to something outside itself.</exception>
    public static string Prepare(string svg, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentException.ThrowIfNullOrWhiteSpace(idPrefix);
        XDocument doc;
        try
        {
            doc = XDocument.Parse(svg);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidOperationException($"The chart '{idPrefix}' is not well-formed SVG: {e.Message}", e);
        }

        var root = doc.Root ?? throw new InvalidOperationException($"The chart '{idPrefix}' is empty.");
        if (root.Name != Svg + "svg")
        {
            throw new InvalidOperationException($"The chart '{idPrefix}' is not an SVG drawing (root <{root.Name.LocalName}>).");
        }

        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes().ToList())
            {
                if (attribute.IsNamespaceDeclaration)
                {
                    continue;
                }

                if (attribute.Name.LocalName == "id")
                {
                    attribute.Value = $"{idPrefix}-{attribute.Value}";
                }
                else if (attribute.Name == XLink + "href" || attribute.Name.LocalName == "href")
                {
                    attribute.Value = attribute.Value.StartsWith('#')
                        ? $"#{idPrefix}-{attribute.Value[1..]}"
                        : throw new InvalidOperationException($"The chart '{idPrefix}' refers to '{attribute.Value}' outside itself.");
                }
                else if (attribute.Value.Contains("url(", StringComparison.Ordinal))
                {
                    attribute.Value = UrlReference().Replace(attribute.Value, m => m.Groups[1].Value.StartsWith('#')
                        ? $"url(#{idPrefix}-{m.Groups[1].Value[1..]})"
                        : throw new InvalidOperationException($"The chart '{idPrefix}' refers to '{m.Groups[1].Value}' outside itself."));
                }
            }
        }

        if (root.Attribute("viewBox") is null && root.Attribute("width") is { } w && root.Attribute("height") is { } h)
        {
            root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {w.Value} {h.Value}"));
        }

        root.SetAttributeValue("role", "img");
        return root.ToString(SaveOptions.DisableFormatting);
    }

    [GeneratedRegex(@"url\(\s*([^)\s]+)\s*\)")]
    private static partial Regex UrlReference();
}

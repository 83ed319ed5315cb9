using System.Net;
using System.Text.RegularExpressions;

namespace Froth.Claims.Text;

/// <summary>Turns what a user gives (plain text or an HTML page) into the text claims are read from.</summary>
public static partial class PlainText
{
    /// <summary>
    /// The text itself when it is not HTML; for HTML (it starts with a tag and holds &lt;html&gt;, &lt;body&gt; or
    /// &lt;p&gt;), the text of its elements with scripts and styles removed, block ends as blank lines and entities decoded.
    /// Offsets of claims then refer to this text.
    /// </summary>
    public static string From(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var head = input.TrimStart();
        if (!head.StartsWith('<') || !LooksLikeHtml().IsMatch(input))
        {
            return input.Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        var text = Scripts().Replace(input, " ");
        text = BlockEnds().Replace(text, "\n\n");
        text = Tags().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        text = Spaces().Replace(text, " ");
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"<(html|body|p|div|article)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeHtml();

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"</(p|div|h[1-6]|li|article|section|title)\s*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n\s*")]
    private static partial Regex BlankLines();
}

using System.Globalization;
using System.Text;

namespace Froth.Safety;

/// <summary>
/// Characters from data that must not reach a terminal or a document as they are: C0 controls (ESC among them),
/// DEL, C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) with
/// the left-to-right and right-to-left marks (U+200E, U+200F), which can retitle or clear a terminal or reorder what a
/// reader sees. <see cref="Neutralise"/> writes each as a visible escape such as <c>\x1B</c> or <c>\u202E</c>.
/// </summary>
public static class ControlCharacters
{
    /// <summary>True when <paramref name="c"/> is one of the characters <see cref="Neutralise"/> replaces (line feed and tab excepted).</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F'
        || c is '\u2028' or '\u2029';

    /// <summary>
    /// <paramref name="text"/> with every unsafe character (<see cref="IsUnsafe"/>) written as a visible escape
    /// (<c>\x1B</c> below U+0100, <c>\u202E</c> above). Line feeds and tabs are kept when <paramref name="keepLineBreaks"/>
    /// is true (multi-line messages) and escaped otherwise (a table cell, a name).
    /// </summary>
    public static string Neutralise(string text, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && (!IsUnsafe(text[i]) || (keepLineBreaks && text[i] is '\n' or '\t')))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c) || (keepLineBreaks && c is '\n' or '\t'))
            {
                sb.Append(c);
            }
            else if (keepLineBreaks && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                // A CRLF line end is a line break, not a control sequence.
            }
            else
            {
                sb.Append(c < '\u0100' ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}

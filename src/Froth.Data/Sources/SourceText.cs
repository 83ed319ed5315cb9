using System.Globalization;
using System.Text;

namespace Froth.Data.Sources;

/// <summary>
/// Strict decoding of a source document and the naming rules every layout shares: where a document came
/// from (file or URL) and the source name its series get.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The document as text: UTF-8, a leading byte order mark removed. Bytes that are not UTF-8 (a GBK file
    /// saved by a Chinese terminal, a spreadsheet) are an error naming the line and the byte offset.
    /// </summary>
    /// <exception cref="DataFormatException">The document is empty or not UTF-8.</exception>
    public static string Decode(SourceInput input)
    {
        RequireUtf8(input);
        var bytes = input.Content.Span;
        return Strict.GetString(bytes[(bytes.StartsWith("\uFEFF"u8) ? 3 : 0)..]);
    }

    /// <summary>The checks of <see cref="Decode"/> without building the string (for JSON, parsed from the bytes).</summary>
    /// <exception cref="DataFormatException">The document is empty or not UTF-8.</exception>
    public static void RequireUtf8(SourceInput input)
    {
        var bytes = input.Content.Span;
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var body = bytes[bom..];
        if (body.IsEmpty)
        {
            throw new DataFormatException(input.Location, null, null, null, "content (the document is empty)");
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw Files.Utf8Text.Invalid(input.Location, bytes);
        }
    }

    /// <summary>True when the location is an http(s) URL rather than a file path.</summary>
    public static bool IsUrl(string location) =>
        location.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The source name of the series read from a document: the file name without its extension for a file,
    /// the fetcher's short name (<paramref name="fetcher"/>: <c>yahoo</c>, <c>eastmoney</c>…) for a URL.
    /// </summary>
    public static string SourceName(SourceInput input, string fetcher) =>
        IsUrl(input.Location) ? fetcher : Path.GetFileNameWithoutExtension(input.FileName);

    /// <summary>The value of a query parameter of a URL location, or <see langword="null"/>.</summary>
    public static string? QueryParameter(string location, string name)
    {
        var q = location.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return null;
        }

        foreach (var pair in location[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? pair : pair[..eq];
            if (string.Equals(Uri.UnescapeDataString(key), name, StringComparison.OrdinalIgnoreCase))
            {
                return eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Split('#')[0]);
            }
        }

        return null;
    }

    /// <summary>Parses a number written with a decimal point (invariant culture); only finite values pass.</summary>
    public static bool TryParseNumber(string field, out double value) =>
        double.TryParse(field.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

}

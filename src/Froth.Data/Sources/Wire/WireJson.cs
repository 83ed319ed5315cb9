using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// Strict navigation of a JSON response: every missing field or wrong type is a
/// <see cref="DataFormatException"/> naming the JSON path (<c>chart.result[0].timestamp[3]</c>) and the value.
/// </summary>
internal static class WireJson
{
    /// <summary>Parses the document; invalid or truncated JSON is an error naming the line and byte where it breaks.</summary>
    /// <exception cref="DataFormatException">The bytes are not UTF-8 or not complete JSON.</exception>
    public static JsonDocument Parse(SourceInput input)
    {
        SourceText.RequireUtf8(input); // UTF-8 check with a line number, and the empty-document check.
        var bytes = input.Content;
        if (bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var position = e.BytePositionInLine ?? 0;
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut].TrimEnd('.', ' ');
            }

            throw new DataFormatException(
                input.Location,
                line,
                $"byte {position.ToString(CultureInfo.InvariantCulture)}",
                Near(bytes.Span, line, position),
                $"complete, valid JSON ({reason}; a truncated or cut-off response?)");
        }
    }

    /// <summary>The value of a required property of an object.</summary>
    public static JsonElement Required(string location, JsonElement obj, string name, string path)
    {
        RequireKind(location, obj, JsonValueKind.Object, path, "an object");
        return obj.TryGetProperty(name, out var value)
            ? value
            : throw new DataFormatException(location, null, Join(path, name), null, $"a field '{name}' in {(path.Length == 0 ? "the top-level object" : path)}");
    }

    /// <summary>The value of an optional property, or <see langword="null"/> when it is absent or JSON null.</summary>
    public static JsonElement? Optional(string location, JsonElement obj, string name, string path)
    {
        RequireKind(location, obj, JsonValueKind.Object, path, "an object");
        return obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    /// <summary>Throws unless the element has the kind expected.</summary>
    public static void RequireKind(string location, JsonElement element, JsonValueKind kind, string path, string expected)
    {
        if (element.ValueKind != kind)
        {
            throw new DataFormatException(location, null, path.Length == 0 ? "(root)" : path, Show(element), expected);
        }
    }

    /// <summary>A required string value.</summary>
    public static string String(string location, JsonElement element, string path, string expected)
    {
        RequireKind(location, element, JsonValueKind.String, path, expected);
        return element.GetString()!;
    }

    /// <summary>A required finite number.</summary>
    public static double Number(string location, JsonElement element, string path, string expected)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw new DataFormatException(location, null, path, Show(element), expected);
        }

        return value;
    }

    /// <summary>A required whole number.</summary>
    public static long Integer(string location, JsonElement element, string path, string expected)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var value))
        {
            throw new DataFormatException(location, null, path, Show(element), expected);
        }

        return value;
    }

    /// <summary>A path with a property appended.</summary>
    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>A path with an array index appended.</summary>
    public static string Item(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>The element as it appears in the document, shortened.</summary>
    public static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 60 ? text : text[..57] + "...";
    }

    /// <summary>An ISO date from a string field.</summary>
    public static DateOnly Date(string location, JsonElement element, string path)
    {
        var text = String(location, element, path, "a date string like \"2026-09-30\"");
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DataFormatException(location, null, path, text, "a date like 2026-09-30");
    }

    private static string Near(ReadOnlySpan<byte> bytes, int line, long position)
    {
        var start = 0;
        for (var l = 1; l < line && start < bytes.Length; l++)
        {
            var next = bytes[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        var end = (int)Math.Min(bytes.Length, start + position + 1);
        var from = Math.Max(start, end - 40);
        return Encoding.UTF8.GetString(bytes[from..end]).TrimEnd('\r', '\n');
    }
}

using System.Globalization;
using System.Text.Json;

namespace Froth.Data.Baskets;

/// <summary>
/// The 1-based line of every value in a JSON document, by path (<c>constituents[3].shares</c>), so that a
/// validation error can name the line as well as the field.
/// </summary>
internal static class JsonLineMap
{
    /// <summary>Walks the document and records the line where each value starts; the root is the empty path.</summary>
    public static Dictionary<string, int> Build(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int LineOf(long offset)
        {
            var i = lineStarts.BinarySearch((int)offset);
            return (i >= 0 ? i : ~i - 1) + 1;
        }

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var containers = new Stack<(string Path, bool IsArray, int Next)>();
        string? pendingProperty = null;
        var reader = new Utf8JsonReader(json, options);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingProperty = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            string path;
            if (containers.Count == 0)
            {
                path = string.Empty;
            }
            else
            {
                var (parent, isArray, next) = containers.Pop();
                if (isArray)
                {
                    path = $"{parent}[{next.ToString(CultureInfo.InvariantCulture)}]";
                    containers.Push((parent, true, next + 1));
                }
                else
                {
                    path = parent.Length == 0 ? pendingProperty! : $"{parent}.{pendingProperty}";
                    containers.Push((parent, false, next));
                }
            }

            map[path] = LineOf(reader.TokenStartIndex);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }

        return map;
    }
}

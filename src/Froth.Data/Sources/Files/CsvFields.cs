using System.Text;

namespace Froth.Data.Sources.Files;

/// <summary>
/// Splits one CSV line into fields without allocating. A field may be quoted (<c>"4,443.01"</c>); the range
/// returned excludes the quotes. Doubled quotes inside a quoted field are left as they are: no price field
/// contains one.
/// </summary>
internal static class CsvFields
{
    /// <summary>
    /// Splits <paramref name="line"/> at commas into <paramref name="fields"/>; returns the number of fields,
    /// or <c>fields.Length + 1</c> when there are more than fit, or -1 when a quote is not closed.
    /// </summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        if (line.IndexOf((byte)'"') < 0)
        {
            return SplitPlain(line, fields);
        }

        var count = 0;
        var i = 0;
        while (true)
        {
            if (count == fields.Length)
            {
                return fields.Length + 1;
            }

            if (i < line.Length && line[i] == (byte)'"')
            {
                var start = i + 1;
                var end = start;
                while (true)
                {
                    var close = line[end..].IndexOf((byte)'"');
                    if (close < 0)
                    {
                        return -1;
                    }

                    end += close;
                    if (end + 1 < line.Length && line[end + 1] == (byte)'"')
                    {
                        end += 2;
                        continue;
                    }

                    break;
                }

                fields[count++] = new Range(start, end);
                i = end + 1;
                var comma = line[i..].IndexOf((byte)',');
                if (comma < 0)
                {
                    return count;
                }

                i += comma + 1;
            }
            else
            {
                var comma = line[i..].IndexOf((byte)',');
                if (comma < 0)
                {
                    fields[count++] = new Range(i, line.Length);
                    return count;
                }

                fields[count++] = new Range(i, i + comma);
                i += comma + 1;
            }
        }
    }

    /// <summary>Splits a header or ticker line into trimmed, unquoted strings.</summary>
    public static string[] SplitToStrings(ReadOnlySpan<byte> line)
    {
        Span<Range> ranges = stackalloc Range[256];
        var count = Split(line, ranges);
        if (count < 0 || count > ranges.Length)
        {
            return [.. Encoding.UTF8.GetString(line).Split(',').Select(s => s.Trim().Trim('"'))];
        }

        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = Encoding.UTF8.GetString(line[ranges[i]]).Trim();
        }

        return names;
    }

    /// <summary>The line as text, for error messages.</summary>
    public static string Text(ReadOnlySpan<byte> line) => Encoding.UTF8.GetString(line);

    /// <summary>True when the line holds nothing but spaces and tabs.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t"u8).IsEmpty;

    private static int SplitPlain(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            if (count == fields.Length)
            {
                return fields.Length + 1;
            }

            var comma = line[start..].IndexOf((byte)',');
            if (comma < 0)
            {
                fields[count++] = new Range(start, line.Length);
                return count;
            }

            fields[count++] = new Range(start, start + comma);
            start += comma + 1;
        }
    }
}

using System.Text;
using System.Text.Unicode;

namespace Froth.Data.Sources.Files;

/// <summary>Checks that a text document is UTF-8 and says where it is not.</summary>
internal static class Utf8Text
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The content without a leading UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> content) =>
        content.StartsWith(Bom) ? content[Bom.Length..] : content;

    /// <summary>
    /// A <see cref="DataFormatException"/> when the content ends its lines with CR alone (classic Mac OS): two or more
    /// CRs and no LF in its first 64 KB. Such a file reads as one long line, so it is refused with the reason.
    /// </summary>
    public static DataFormatException? CrOnlyLines(string location, ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1 << 16)];
        return head.IndexOf((byte)'\n') < 0 && head.Count((byte)'\r') >= 2
            ? new DataFormatException(location, null, null, null, "lines that end in LF or CRLF; this file ends its lines with CR alone (classic Mac OS): convert it, for example with 'tr \"\\r\" \"\\n\"'")
            : null;
    }

    /// <summary>True when the content is valid UTF-8.</summary>
    public static bool IsValid(ReadOnlySpan<byte> content) => Utf8.IsValid(content);

    /// <summary>
    /// Throws a <see cref="DataFormatException"/> naming the line, the column (from the header line) and the
    /// first bytes that are not UTF-8; does nothing when the content is valid.
    /// </summary>
    public static void Validate(string location, ReadOnlySpan<byte> content)
    {
        if (Utf8.IsValid(content))
        {
            return;
        }

        throw Invalid(location, content);
    }

    /// <summary>The exception for content that is not UTF-8 (call only when it is not).</summary>
    public static DataFormatException Invalid(string location, ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var order = content[0] == 0xFF ? "little-endian, byte order mark FF FE" : "big-endian, byte order mark FE FF";
            return new DataFormatException(location, null, null, null, $"UTF-8 text; this file is UTF-16 ({order}): save it as UTF-8, for example with 'iconv -f UTF-16 -t UTF-8'");
        }

        var offset = FirstInvalidByte(content);
        var before = content[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var field = content[lineStart..offset].Count((byte)',');

        var headerEnd = content.IndexOf((byte)'\n');
        var header = Encoding.UTF8.GetString(WithoutBom(headerEnd < 0 ? content : content[..headerEnd])).TrimEnd('\r').Split(',');
        string? column = line > 1 && field < header.Length ? header[field].Trim().Trim('"') : null;

        var bad = content[offset..Math.Min(content.Length, offset + 4)];
        var value = string.Join(' ', bad.ToArray().Select(b => $"0x{b:X2}"));
        return new DataFormatException(
            location,
            line,
            column,
            value,
            $"UTF-8 text, but byte {offset.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not UTF-8 "
            + "(another encoding such as GBK/GB18030 or Latin-1? convert it first, e.g. iconv -f GB18030 -t UTF-8)");
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> content)
    {
        Span<char> sink = stackalloc char[1024];
        var offset = 0;
        while (offset < content.Length)
        {
            var status = Utf8.ToUtf16(content[offset..], sink, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return offset + read;
            }

            if (read == 0)
            {
                break;
            }

            offset += read;
        }

        return Math.Min(offset, content.Length - 1);
    }
}

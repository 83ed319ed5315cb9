namespace Froth.Data.Sources.Files;

/// <summary>
/// Walks the lines of a UTF-8 document without allocating: LF or CR LF line ends, a last line without a line
/// end, a leading byte order mark skipped. Line numbers are 1-based, as an editor shows them.
/// </summary>
internal ref struct CsvLineReader
{
    private ReadOnlySpan<byte> _rest;

    /// <summary>Starts at the first line of <paramref name="content"/>.</summary>
    public CsvLineReader(ReadOnlySpan<byte> content)
    {
        _rest = Utf8Text.WithoutBom(content);
        LineNumber = 0;
    }

    /// <summary>Number of the line last read (0 before the first).</summary>
    public int LineNumber { get; private set; }

    /// <summary>True when every line has been read.</summary>
    public readonly bool AtEnd => _rest.IsEmpty;

    /// <summary>Reads the next line, without its line end.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        if (_rest.IsEmpty)
        {
            line = default;
            return false;
        }

        var newline = _rest.IndexOf((byte)'\n');
        if (newline < 0)
        {
            line = _rest;
            _rest = default;
        }
        else
        {
            line = _rest[..newline];
            _rest = _rest[(newline + 1)..];
        }

        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        LineNumber++;
        return true;
    }

    /// <summary>Number of line feeds left: an upper bound of the lines still to read, for sizing lists.</summary>
    public readonly int RemainingLineFeeds() => _rest.Count((byte)'\n') + 1;
}

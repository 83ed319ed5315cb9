namespace Froth.Data.Sources;

/// <summary>
/// A source document that cannot be read: its message names the file, the line, the column and the value,
/// and says what was expected. Nothing from a document that throws this is stored.
/// </summary>
/// <remarks>
/// <see cref="RefusedDocumentException"/> is the one kind of it that a folder import skips instead of failing on:
/// a document Froth recognises and deliberately does not store.
/// </remarks>
public class DataFormatException : FrothException
{
    /// <summary>Creates the exception; the message is composed from the parts.</summary>
    /// <param name="location">File path or URL.</param>
    /// <param name="line">1-based line, when known.</param>
    /// <param name="column">Column name, when known.</param>
    /// <param name="value">The offending value, when there is one.</param>
    /// <param name="expected">What was expected, as a phrase ("a date like 2024-07-10").</param>
    public DataFormatException(string location, int? line, string? column, string? value, string expected)
        : base(Compose(location, line, column, value, expected))
    {
        Location = location;
        Line = line;
        Column = column;
        Value = value;
        Expected = expected;
    }

    /// <summary>File path or URL.</summary>
    public string Location { get; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>Column name, when known.</summary>
    public string? Column { get; }

    /// <summary>The offending value, when there is one.</summary>
    public string? Value { get; }

    /// <summary>What was expected.</summary>
    public string Expected { get; }

    private static string Compose(string location, int? line, string? column, string? value, string expected)
    {
        var where = line is { } l ? $"{location}:{l}" : location;
        var field = column is null ? "" : $", column '{column}'";
        var got = value is null ? "" : $": got '{Truncate(value)}'";
        return $"{where}{field}{got}; expected {expected}.";
    }

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..57] + "...";
}

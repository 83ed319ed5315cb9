namespace Froth.Data.Sources.Files;

/// <summary>How to read the data rows of a price file once its header has been mapped.</summary>
internal sealed class PriceTableSpec
{
    /// <summary>File path or URL, for messages.</summary>
    public required string Location { get; init; }

    /// <summary>Name of every field, as the header writes it; a data row must have exactly this many fields.</summary>
    public required IReadOnlyList<string> Header { get; init; }

    /// <summary>Field index of the session date.</summary>
    public required int DateColumn { get; init; }

    /// <summary>The instruments in the file (one for all but multi-ticker yfinance files).</summary>
    public required IReadOnlyList<PriceColumnSet> Instruments { get; init; }

    /// <summary>Line number of the last header line; data starts after it.</summary>
    public required int HeaderLines { get; init; }

    /// <summary>Numbers may carry thousands separators (<c>4,443.01</c>).</summary>
    public bool GroupedNumbers { get; init; }

    /// <summary>Volumes may carry a K/M/B suffix (<c>940.97M</c>).</summary>
    public bool ScaledVolumes { get; init; }

    /// <summary>Field index of a column that must hold the same text on every row (a symbol or code column), or -1.</summary>
    public int KeyColumn { get; init; } = -1;
}

using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>How a one-header-line price layout names its columns and names its instrument.</summary>
internal sealed record SingleTableOptions
{
    /// <summary>Accepted names of the date column (case-insensitive).</summary>
    public string[] Date { get; init; } = ["Date"];

    /// <summary>Accepted names of the open column.</summary>
    public string[] Open { get; init; } = ["Open"];

    /// <summary>Accepted names of the high column.</summary>
    public string[] High { get; init; } = ["High"];

    /// <summary>Accepted names of the low column.</summary>
    public string[] Low { get; init; } = ["Low"];

    /// <summary>Accepted names of the close column.</summary>
    public string[] Close { get; init; } = ["Close"];

    /// <summary>Accepted names of the optional volume column.</summary>
    public string[] Volume { get; init; } = ["Volume"];

    /// <summary>Accepted names of the optional Adj Close column; empty when the layout has none.</summary>
    public string[] AdjClose { get; init; } = [];

    /// <summary>Names of a column that holds the instrument's symbol or code on every row; empty when the file name says.</summary>
    public string[] Key { get; init; } = [];

    /// <summary>
    /// Names the instrument from where the document came from (a download URL's query), or returns
    /// <see langword="null"/> to name it from the key column or the file name; <see langword="null"/> for the latter always.
    /// </summary>
    public Func<SourceInput, Instrument?>? InstrumentOf { get; init; }

    /// <summary>Numbers may carry thousands separators.</summary>
    public bool Grouped { get; init; }

    /// <summary>Volumes may carry K/M/B suffixes.</summary>
    public bool ScaledVolumes { get; init; }

    /// <summary>The adjustment of the open/high/low/close series, given the instrument and whether an Adj Close column exists.</summary>
    public required Func<Instrument, bool, PriceAdjustment> Adjustment { get; init; }
}

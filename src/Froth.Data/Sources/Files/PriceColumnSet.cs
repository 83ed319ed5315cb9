namespace Froth.Data.Sources.Files;

/// <summary>Where one instrument's fields are in a price file's rows (0-based field indexes; -1 when absent).</summary>
internal sealed record PriceColumnSet(int Open, int High, int Low, int Close, int Volume = -1, int AdjClose = -1)
{
    /// <summary>Ticker the columns belong to, for files that hold several instruments (yfinance multi-index headers).</summary>
    public string? Ticker { get; init; }
}

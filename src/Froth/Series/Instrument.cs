namespace Froth.Series;

/// <summary>
/// Something Froth stores series for: an index, a stock, an ETF, a currency pair, or a valuation or macro
/// series.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Symbol"/> is canonical and follows Yahoo Finance (<c>0700.HK</c>, <c>688256.SS</c>,
/// <c>300308.SZ</c>, <c>^NDX</c>, <c>CNY=X</c>). Scalar series are named after what they describe with a
/// colon and the metric: <c>HSTECH.HK:PE</c> (the Hang Seng Tech P/E), <c>CN:CPI_INFLATION</c> (China's CPI
/// inflation). <see cref="Aliases"/> are the friendly names every command also accepts (<c>HSTECH</c>,
/// <c>NDX</c>).
/// </para>
/// <para>Markets use short codes: <c>HK</c>, <c>SH</c>, <c>SZ</c>, <c>US</c>, <c>FX</c>, and an ISO
/// country code for macro series.</para>
/// </remarks>
/// <param name="Symbol">Canonical symbol.</param>
/// <param name="Name">Human-readable name ("Hang Seng TECH Index").</param>
/// <param name="Kind">What the instrument is.</param>
/// <param name="Market">Market or country code.</param>
/// <param name="Currency">ISO currency of prices or amounts, or <see langword="null"/> for unitless ratios and percentages.</param>
public sealed record Instrument(string Symbol, string Name, InstrumentKind Kind, string Market, string? Currency)
{
    /// <summary>Friendly names that resolve to this instrument; never contains <see cref="Symbol"/> itself.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>How often the series is observed; daily for everything with bars.</summary>
    public Frequency Frequency { get; init; } = Frequency.Daily;

    /// <summary>
    /// Unit of a scalar series ("ratio", "percent", "fraction", "USD"); <see langword="null"/> for bar series,
    /// whose unit is <see cref="Currency"/>.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>True when the instrument carries daily bars rather than scalar points.</summary>
    public bool HasBars => Kind is InstrumentKind.Index or InstrumentKind.Stock or InstrumentKind.Etf or InstrumentKind.Fx;
}

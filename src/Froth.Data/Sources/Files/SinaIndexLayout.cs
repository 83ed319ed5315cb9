using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>sina-index</c>: Sina index history as AKShare saves it, lower-case columns in one of three orders:
/// <c>date,open,close,high,low,volume,symbol,source,fetch_time</c> (<c>prices/cn_index/sh000001_sina_1990-2026.csv</c>,
/// <c>sz399006_…</c>, <c>sh000300_sina.csv</c>), <c>date,open,high,low,close,symbol,name,source,fetch_time</c>
/// (<c>hstech_sina_2020-2026.csv</c>, no volume) and <c>date,open,close,high,low,volume,amount,code</c>
/// (<c>sh000688_star50_2019-2026.csv</c>).
/// </summary>
/// <remarks>
/// Detected by a <c>date</c> column, the four price columns and a <c>symbol</c> or <c>code</c> column. The
/// instrument is that column's value (<c>sh000001</c> → <c>000001.SS</c>, <c>HSTECH</c> → <c>HSTECH.HK</c>),
/// which must be the same on every row. Columns are found by name, so the open/close/high/low order does
/// not matter; <c>amount</c>, <c>name</c>, <c>source</c> and <c>fetch_time</c> are not stored. Index prices
/// are not adjusted.
/// </remarks>
public sealed class SinaIndexLayout : ISourceLayout
{
    private static readonly SingleTableOptions Options = new()
    {
        Key = ["symbol", "code"],
        Adjustment = (instrument, _) => PriceLayoutSupport.IsIndexLike(instrument) ? PriceAdjustment.None : PriceAdjustment.Unknown,
    };

    /// <inheritdoc/>
    public string Name => "sina-index";

    /// <inheritdoc/>
    public string Description => "Sina/AKShare index CSV (date,open,close,high,low,… with a symbol or code column)";

    /// <inheritdoc/>
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var names = PriceLayoutSupport.SniffNames(sniff.FirstLines);
        return names.Length > 0
            && names[0] == "date"
            && new[] { "open", "high", "low", "close" }.All(n => names.Contains(n, StringComparer.Ordinal))
            && (names.Contains("symbol", StringComparer.Ordinal) || names.Contains("code", StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return SingleTableReader.Read(input, Name, Options);
    }
}

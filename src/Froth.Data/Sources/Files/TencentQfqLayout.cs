using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>tencent-qfq</c>: Tencent Finance <c>fqkline</c> daily bars as the uquant snapshot saves them,
/// <c>date,open,high,low,close,volume,amount</c>, one file per exchange code (<c>prices/cn_stocks/sh688256.csv</c>).
/// </summary>
/// <remarks>
/// Detected by exactly those seven lower-case columns, in any order. The instrument comes from the file
/// name (<c>sh688256</c> → <c>688256.SS</c>; <c>sh000…</c> and <c>sz399…</c> are indices). Stock prices are
/// forward-adjusted (qfq, 前复权): <see cref="PriceAdjustment.Forward"/>; the index files
/// (<c>sh000300</c>, <c>sh000682</c>) are not adjusted. <c>amount</c> (CNY, empty before 2022) is not stored.
/// The snapshot's volume units change over time (shares × 100 on the STAR board before 2022, lots of 100
/// shares on the main boards in 2024–2026): the <c>volume-scale-break</c> quality rule finds and rescales them.
/// </remarks>
public sealed class TencentQfqLayout : ISourceLayout
{
    private static readonly string[] Columns = ["date", "open", "high", "low", "close", "volume", "amount"];

    private static readonly SingleTableOptions Options = new()
    {
        Date = ["date"],
        Open = ["open"],
        High = ["high"],
        Low = ["low"],
        Close = ["close"],
        Volume = ["volume"],
        Adjustment = (instrument, _) => PriceLayoutSupport.IsIndexLike(instrument) ? PriceAdjustment.None : PriceAdjustment.Forward,
    };

    /// <inheritdoc/>
    public string Name => "tencent-qfq";

    /// <inheritdoc/>
    public string Description => "Tencent forward-adjusted (qfq) A-share CSV: date,open,high,low,close,volume,amount";

    /// <inheritdoc/>
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var names = PriceLayoutSupport.SniffNames(sniff.FirstLines);
        return names.Length == Columns.Length && PriceLayoutSupport.HasExactly(names, Columns, Columns);
    }

    /// <inheritdoc/>
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return SingleTableReader.Read(input, Name, Options);
    }
}

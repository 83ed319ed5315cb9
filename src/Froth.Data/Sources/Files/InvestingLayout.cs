using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>investing</c>: an investing.com historical-data export with Chinese headers,
/// <c>"日期","收盘","开盘","高","低","交易量","涨跌幅"</c> (date, close, open, high, low, volume, change):
/// every field quoted, thousands separators (<c>"4,443.01"</c>), volumes like <c>940.97M</c> or <c>1.57B</c>,
/// dates like <c>2015-1-5</c>, newest first, a byte order mark (<c>prices/cn_index/hstech_investing_2015-2024.csv</c>).
/// </summary>
/// <remarks>
/// Detected by the 日期, 收盘, 开盘, 高 and 低 columns. Rows are put oldest first. The instrument comes from
/// the file name (<c>hstech_investing_…</c> → <c>HSTECH.HK</c>). A volume with a K, M or B suffix is
/// multiplied out and rounded to a whole number; an empty volume (the back-calculated years) is no volume.
/// The change column is not stored (it follows from the closes).
/// </remarks>
public sealed class InvestingLayout : ISourceLayout
{
    private static readonly SingleTableOptions Options = new()
    {
        Date = ["日期"],
        Open = ["开盘"],
        High = ["高"],
        Low = ["低"],
        Close = ["收盘"],
        Volume = ["交易量"],
        Grouped = true,
        ScaledVolumes = true,
        Adjustment = (instrument, _) => PriceLayoutSupport.IsIndexLike(instrument) ? PriceAdjustment.None : PriceAdjustment.Unknown,
    };

    /// <inheritdoc/>
    public string Name => "investing";

    /// <inheritdoc/>
    public string Description => "investing.com export with Chinese headers (日期,收盘,开盘,高,低,交易量,涨跌幅), newest first";

    /// <inheritdoc/>
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var names = PriceLayoutSupport.SniffNames(sniff.FirstLines);
        return new[] { "日期", "收盘", "开盘", "高", "低" }.All(n => names.Contains(n, StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return SingleTableReader.Read(input, Name, Options);
    }
}

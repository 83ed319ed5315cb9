using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>stooq</c>: Stooq's daily CSV (<c>/q/d/l/?s=^ndx&amp;i=d</c>): <c>Date,Open,High,Low,Close,Volume</c>,
/// oldest first, CR LF line ends, no Adj Close (<c>prices/us/NDX_stooq_1938-2026-05.csv</c>,
/// <c>wire-samples/stooq_daily_csv_ndx_excerpt.csv</c>).
/// </summary>
/// <remarks>
/// The header is the same as a Yahoo download without Adj Close, so detection needs a second signal, any
/// of: the file name contains <c>stooq</c>; it ends in <c>_d.csv</c> as Stooq names its downloads
/// (<c>^ndx_d.csv</c>); the header line ends with CR LF (Stooq serves CR LF, the Yahoo files LF). The
/// layout is listed before <c>yahoo-download</c>. Index volumes of 0 (Stooq's pre-1985 back-extension of the
/// Nasdaq-100) are read as no volume. Index prices are not adjusted; for stocks Stooq does not say.
/// A response downloaded by the Stooq fetcher (a URL location) is named after its <c>s=</c> query and gets the
/// source name <c>stooq</c>.
/// </remarks>
public sealed class StooqLayout : ISourceLayout
{
    private static readonly SingleTableOptions Options = new()
    {
        Adjustment = (instrument, _) => PriceLayoutSupport.IsIndexLike(instrument) ? PriceAdjustment.None : PriceAdjustment.Unknown,
        InstrumentOf = FromUrl,
    };

    /// <inheritdoc/>
    public string Name => "stooq";

    /// <inheritdoc/>
    public string Description => "Stooq daily CSV (Date,Open,High,Low,Close,Volume; CR LF; name with 'stooq' or '_d.csv')";

    /// <inheritdoc/>
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var names = PriceLayoutSupport.SniffNames(sniff.FirstLines);
        var header = names is ["Date", "Open", "High", "Low", "Close"] or ["Date", "Open", "High", "Low", "Close", "Volume"];
        var named = sniff.FileName.Contains("stooq", StringComparison.OrdinalIgnoreCase)
            || sniff.FileName.EndsWith("_d.csv", StringComparison.OrdinalIgnoreCase);
        return header && (named || sniff.CrLf);
    }

    /// <inheritdoc/>
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return SingleTableReader.Read(input, Name, Options);
    }

    /// <summary>
    /// For a downloaded response (a URL location), the instrument its <c>s=</c> query names, by
    /// <see cref="StooqCodes"/> (<c>s=^ndx</c> → <c>^NDX</c>); <see langword="null"/> for a file.
    /// </summary>
    private static Instrument? FromUrl(SourceInput input)
    {
        if (!SourceText.IsUrl(input.Location))
        {
            return null;
        }

        var code = SourceText.QueryParameter(input.Location, "s");
        var symbol = string.IsNullOrWhiteSpace(code) ? null : StooqCodes.ToSymbol(code);
        if (symbol is null)
        {
            throw new DataFormatException(input.Location, null, "s", code ?? "", "a Stooq symbol in the URL's s= query that Froth can name (^ndx, aapl.us, 700.hk, usdcny)");
        }

        return SymbolCatalog.Describe(symbol);
    }
}

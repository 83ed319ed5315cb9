using System.Globalization;
using Froth.Data.Symbols;

namespace Froth.Data.Sources.Online;

/// <summary>
/// Eastmoney's push2his kline API: <c>https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=1.688256&amp;fields1=f1,f2,f3,f4,f5,f6&amp;fields2=f51,…,f58&amp;klt=101&amp;fqt=1&amp;beg=YYYYMMDD&amp;end=YYYYMMDD</c>,
/// read with the <c>eastmoney-kline-json</c> layout.
/// </summary>
/// <remarks>
/// <para>Codes by <see cref="EastmoneyCodes"/>: <c>1.</c> Shanghai, <c>0.</c> Shenzhen and Beijing, <c>116.</c>
/// Hong Kong with a five-digit code, and Eastmoney's index codes (<c>100.NDX100</c> the Nasdaq-100,
/// <c>100.NDX</c> the Nasdaq Composite, <c>100.SPX</c>, <c>100.DJIA</c>, <c>100.HSI</c>, <c>124.HSTECH</c>).
/// US stocks are not asked for: the secid needs the exchange (105 Nasdaq, 106 NYSE, 107 NYSE American), which a
/// canonical symbol does not carry.</para>
/// <para>Daily klines (<c>klt=101</c>), forward-adjusted (<c>fqt=1</c>, "qfq", as the snapshot's A-share
/// files): forward adjustment rewrites earlier prices after each dividend, so a later fetch records revisions.
/// <c>fields2=f51…f58</c> gives <c>date,open,close,high,low,volume,amount,amplitude</c>. <c>beg</c> defaults to
/// 19000101 (the whole history). An unknown secid is answered <c>data:null</c>, reported as an unknown symbol.</para>
/// </remarks>
/// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
/// <param name="time">The clock ("today").</param>
/// <param name="options">Base URL and cache.</param>
public sealed class EastmoneyFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options = null) : OnlineFetcher(http, time, options)
{
    /// <summary>The host asked.</summary>
    public const string Host = "push2his.eastmoney.com";

    /// <inheritdoc />
    public override string Name => "eastmoney";

    /// <inheritdoc />
    protected override string LayoutName => "eastmoney-kline-json";

    /// <inheritdoc />
    public override string CodeOf(string symbol) =>
        EastmoneyCodes.ToSecId(symbol)
        ?? throw new FetchException(
            FetchFailure.Unsupported,
            Name,
            symbol,
            $"eastmoney has no code for {symbol}: its kline serves Shanghai, Shenzhen and Beijing stocks and indices (688256.SS, 000300.SS, 300308.SZ), "
            + "Hong Kong stocks (0700.HK) and the indices ^NDX, ^IXIC, ^GSPC, ^DJI, ^HSI and HSTECH.HK; use --source yahoo for US stocks and currencies.");

    /// <inheritdoc />
    public override Uri RequestUri(FetchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var secId = CodeOf(request.Symbol);
        var beg = (request.From ?? new DateOnly(1900, 1, 1)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var end = (request.To ?? Today).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return Url(
            $"https://{Host}",
            $"/api/qt/stock/kline/get?secid={secId}&fields1=f1,f2,f3,f4,f5,f6&fields2=f51,f52,f53,f54,f55,f56,f57,f58&klt=101&fqt=1&beg={beg}&end={end}");
    }

    /// <inheritdoc />
    protected override FetchFailure Classify(DataFormatException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            { Column: "data", Value: "null" } => FetchFailure.NotFound,
            { Column: "rc" } => FetchFailure.ApiError,
            _ => FetchFailure.BadResponse,
        };
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// Real-time quote snapshots — Eastmoney push2 <c>stock/get</c> JSON (<c>{"rc":0,…,"data":{"f43":478800,…}}</c>),
/// Tencent <c>qt.gtimg.cn</c> (<c>v_hk00700="100~腾讯控股~…";</c>) and Sina <c>hq.sinajs.cn</c>
/// (<c>var hq_str_sh000001="上证指数,…";</c>) — recognised so that they can be refused with a clear message.
/// </summary>
/// <remarks>
/// A snapshot is one price at one instant, not daily history: its "last" is a close only if it was taken after
/// the session settled (Hong Kong's closing auction runs to 16:10; the Tencent sample was taken at 16:08), and
/// the Eastmoney snapshot carries no date at all. Storing it as a daily bar would put an unsettled price in the
/// history, so <see cref="Read"/> always throws a <see cref="RefusedDocumentException"/> (a
/// <see cref="DataFormatException"/>) that names the provider and symbols and points to the kline layouts; a folder
/// import lists the file as skipped for that reason. Matching works on the ASCII prefix, so a GBK body is recognised too.
/// </remarks>
public sealed partial class QuoteSnapshotLayout : ISourceLayout
{
    /// <inheritdoc />
    public string Name => "quote-snapshot";

    /// <inheritdoc />
    public string Description => "real-time quote snapshots (Eastmoney push2 stock/get, Tencent qt.gtimg, Sina hq_str): recognised and refused, they are not daily history";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return Identify(string.Join('\n', sniff.FirstLines)) is not null;
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = Encoding.UTF8.GetString(input.Content.Span).TrimStart('\uFEFF');
        var (provider, symbols) = Identify(text)
            ?? throw new DataFormatException(input.Location, 1, null, First(text), "a quote snapshot from Eastmoney push2 (stock/get), Tencent qt.gtimg or Sina hq_str");
        throw new RefusedDocumentException(
            input.Location,
            1,
            First(text),
            $"daily history, not a real-time quote snapshot: this is the {provider} of {symbols}, one price at one instant "
            + "that is not a settled close, so Froth does not store it. Fetch the daily kline instead (layouts eastmoney-kline-json, "
            + "tencent-fqkline-json, yahoo-chart-json)",
            $"a real-time quote snapshot ({provider} of {symbols}), not daily history");
    }

    private static (string Provider, string Symbols)? Identify(string text)
    {
        var sina = Sina().Matches(text);
        if (sina.Count > 0)
        {
            return ("Sina hq.sinajs.cn quote", string.Join(", ", sina.Select(m => m.Groups[1].Value)));
        }

        var tencent = Tencent().Matches(text);
        if (tencent.Count > 0)
        {
            return ("Tencent qt.gtimg.cn quote", string.Join(", ", tencent.Select(m => m.Groups[1].Value)));
        }

        if (EastmoneyRc().IsMatch(text) && EastmoneyQuoteFields().IsMatch(text))
        {
            var code = EastmoneyCode().Match(text);
            return ("Eastmoney push2 stock/get quote", code.Success ? code.Groups[1].Value : "an unnamed security");
        }

        return null;
    }

    private static string First(string text)
    {
        var line = text.Split('\n')[0].TrimEnd('\r');
        return line.Length <= 60 ? line : line[..60];
    }

    [GeneratedRegex(@"(?m)^\s*var hq_str_([A-Za-z0-9_.]+)=""")]
    private static partial Regex Sina();

    [GeneratedRegex(@"(?m)^\s*v_([A-Za-z0-9_.]+)=""[^""\n]*~")]
    private static partial Regex Tencent();

    [GeneratedRegex(@"^\s*\{\s*""rc""\s*:")]
    private static partial Regex EastmoneyRc();

    [GeneratedRegex(@"""f(43|57|58)""\s*:")]
    private static partial Regex EastmoneyQuoteFields();

    [GeneratedRegex(@"""f57""\s*:\s*""([^""]*)""")]
    private static partial Regex EastmoneyCode();
}

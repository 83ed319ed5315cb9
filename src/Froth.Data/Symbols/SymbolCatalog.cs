using System.Collections.Frozen;
using Froth.Series;

namespace Froth.Data.Symbols;

/// <summary>
/// The instruments Froth knows by name: canonical Yahoo-style symbols, names, markets, currencies and the
/// friendly aliases every command accepts. Importers use it to name what a file holds; an unknown symbol
/// still gets a sensible <see cref="Instrument"/> from <see cref="Describe"/>.
/// </summary>
/// <remarks>
/// Aliases: the index nicknames of the product conventions (<c>HSTECH</c>, <c>HSI</c>, <c>STAR50</c>,
/// <c>CHINEXT</c>, <c>SSEC</c>, <c>CSI300</c>, <c>NDX</c>, <c>SPX</c>, <c>IXIC</c>, <c>DJI</c>, <c>USDCNY</c>,
/// <c>USDHKD</c>; <c>NASDAQ</c> is the Nasdaq Composite, "the Nasdaq" of news reports, never the Nasdaq-100); company
/// nicknames for the flagship names (<c>TENCENT</c>, <c>CAMBRICON</c>, <c>SMIC</c>…); and for Chinese
/// listings the exchange codes as Sina, Tencent and AKShare write them (<c>sh688256</c>, <c>688256</c>,
/// <c>hk00700</c>, <c>0700</c>). Bare six-digit codes are given only to stocks, never to indices, because
/// <c>000001</c> is both the Shanghai Composite (sh) and Ping An Bank (sz).
/// </remarks>
public static class SymbolCatalog
{
    private static readonly FrozenDictionary<string, Instrument> ByName = BuildIndex();

    /// <summary>Every catalogued instrument, ordered by symbol.</summary>
    public static IReadOnlyList<Instrument> All { get; } =
        [.. Entries().OrderBy(i => i.Symbol, StringComparer.Ordinal)];

    /// <summary>The catalogued instrument with this canonical symbol or alias (case-insensitive), if any.</summary>
    public static Instrument? Find(string symbolOrAlias) =>
        ByName.TryGetValue(symbolOrAlias.Trim(), out var i) ? i : null;

    /// <summary>
    /// The instrument for a canonical symbol: the catalogue entry when there is one, else one inferred from
    /// the symbol's form (<c>^X</c> an index, <c>X=X</c> a currency pair, <c>.HK</c>/<c>.SS</c>/<c>.SZ</c>
    /// suffixes give market and currency, anything else a US stock), named after the symbol.
    /// </summary>
    public static Instrument Describe(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        if (Find(symbol) is { } known && string.Equals(known.Symbol, symbol, StringComparison.OrdinalIgnoreCase))
        {
            return known;
        }

        var s = symbol.Trim();
        if (s.EndsWith("=X", StringComparison.OrdinalIgnoreCase))
        {
            return new Instrument(s, s, InstrumentKind.Fx, "FX", s.Length >= 5 ? s[..^2][^3..].ToUpperInvariant() : null);
        }

        var (market, currency) = MarketOf(s);
        var kind = s.StartsWith('^') ? InstrumentKind.Index : InstrumentKind.Stock;
        return new Instrument(s, s, kind, market, currency);
    }

    /// <summary>
    /// A valuation or macro series about <paramref name="subject"/> (a canonical symbol or a country code):
    /// symbol <c>SUBJECT:METRIC</c>, with an alias <c>ALIAS:METRIC</c> for each alias of the subject.
    /// </summary>
    /// <param name="subject">Canonical symbol (<c>HSTECH.HK</c>) or ISO country code (<c>CN</c>).</param>
    /// <param name="metric">Metric code, upper case (<c>PE</c>, <c>CPI_INFLATION</c>).</param>
    /// <param name="name">Human-readable name ("Hang Seng TECH P/E (TTM)").</param>
    /// <param name="kind"><see cref="InstrumentKind.Valuation"/> or <see cref="InstrumentKind.Macro"/>.</param>
    /// <param name="unit">Unit ("ratio", "percent", "fraction", "USD").</param>
    /// <param name="frequency">Observation frequency.</param>
    public static Instrument Metric(string subject, string metric, string name, InstrumentKind kind, string unit, Frequency frequency)
    {
        if (kind is not (InstrumentKind.Valuation or InstrumentKind.Macro))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected Valuation or Macro.");
        }

        var code = metric.ToUpperInvariant();
        var known = Find(subject);
        var canonical = known?.Symbol ?? subject;
        var market = known?.Market ?? subject;
        return new Instrument($"{canonical}:{code}", name, kind, market, kind == InstrumentKind.Valuation ? null : CurrencyOfUnit(unit))
        {
            Aliases = [.. (known?.Aliases ?? []).Select(a => $"{a}:{code}")],
            Unit = unit,
            Frequency = frequency,
        };
    }

    /// <summary>
    /// True for a valuation series of one listed stock (<c>0700.HK:MARKET_CAP</c>, <c>688256.SS:PE</c>): the
    /// subject before the colon is a Hong Kong, Shanghai, Shenzhen or Beijing listing code, not an index or a
    /// country. The cross-section and wide market-cap files give thousands of them.
    /// </summary>
    public static bool IsSingleStockSeries(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument.Kind != InstrumentKind.Valuation)
        {
            return false;
        }

        var colon = instrument.Symbol.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var subject = instrument.Symbol[..colon];
        if (SymbolCatalog.Find(subject) is { } known)
        {
            return known.Kind == InstrumentKind.Stock && known.Market is "HK" or "SH" or "SZ" or "BJ";
        }

        var dot = subject.LastIndexOf('.');
        return dot > 0
            && subject[..dot].All(char.IsAsciiDigit)
            && subject[(dot + 1)..].ToUpperInvariant() is "HK" or "SS" or "SZ" or "BJ";
    }

    /// <summary>
    /// Converts a Sina/Tencent/AKShare exchange code (<c>sh688256</c>, <c>sz300308</c>, <c>bj430047</c>,
    /// <c>hk00700</c>) to the canonical symbol (<c>688256.SS</c>, <c>300308.SZ</c>, <c>430047.BJ</c>,
    /// <c>0700.HK</c>); <see langword="null"/> when the code has none of those forms.
    /// </summary>
    public static string? FromExchangeCode(string code)
    {
        var c = code.Trim().ToLowerInvariant();
        if (c.Length < 3)
        {
            return null;
        }

        var digits = c[2..];
        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return c[..2] switch
        {
            "sh" when digits.Length == 6 => $"{digits}.SS",
            "sz" when digits.Length == 6 => $"{digits}.SZ",
            "bj" when digits.Length == 6 => $"{digits}.BJ",
            "hk" when digits.Length is >= 4 and <= 5 => $"{int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture):0000}.HK",
            _ => null,
        };
    }

    /// <summary>
    /// Converts a canonical Chinese symbol to its Sina/Tencent exchange code (<c>688256.SS</c> → <c>sh688256</c>,
    /// <c>0700.HK</c> → <c>hk00700</c>); <see langword="null"/> for other markets.
    /// </summary>
    public static string? ToExchangeCode(string symbol)
    {
        var dot = symbol.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var code = symbol[..dot];
        return symbol[(dot + 1)..].ToUpperInvariant() switch
        {
            "SS" => $"sh{code}",
            "SZ" => $"sz{code}",
            "BJ" => $"bj{code}",
            "HK" when code.All(char.IsAsciiDigit) => $"hk{code.PadLeft(5, '0')}",
            _ => null,
        };
    }

    private static (string Market, string? Currency) MarketOf(string symbol)
    {
        var upper = symbol.ToUpperInvariant();
        return upper switch
        {
            _ when upper.EndsWith(".HK", StringComparison.Ordinal) => ("HK", "HKD"),
            _ when upper.EndsWith(".SS", StringComparison.Ordinal) => ("SH", "CNY"),
            _ when upper.EndsWith(".SZ", StringComparison.Ordinal) => ("SZ", "CNY"),
            _ when upper.EndsWith(".BJ", StringComparison.Ordinal) => ("BJ", "CNY"),
            _ => ("US", "USD"),
        };
    }

    private static string? CurrencyOfUnit(string unit) => unit.Length == 3 && unit.All(char.IsAsciiLetterUpper) ? unit : null;

    private static FrozenDictionary<string, Instrument> BuildIndex()
    {
        var index = new Dictionary<string, Instrument>(StringComparer.OrdinalIgnoreCase);
        foreach (var i in Entries())
        {
            foreach (var name in i.Aliases.Prepend(i.Symbol))
            {
                if (!index.TryAdd(name, i))
                {
                    throw new InvalidOperationException($"Symbol catalogue: '{name}' names both {index[name].Symbol} and {i.Symbol}.");
                }
            }
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static Instrument Index(string symbol, string name, string market, string currency, params string[] aliases) =>
        new(symbol, name, InstrumentKind.Index, market, currency) { Aliases = aliases };

    private static Instrument Stock(string symbol, string name, params string[] aliases)
    {
        var (market, currency) = MarketOf(symbol);
        var codes = new List<string>(aliases);
        if (ToExchangeCode(symbol) is { } exchangeCode)
        {
            codes.Add(exchangeCode);
            codes.Add(symbol[..symbol.LastIndexOf('.')]);
        }

        return new Instrument(symbol, name, InstrumentKind.Stock, market, currency) { Aliases = codes };
    }

    private static Instrument Etf(string symbol, string name) => new(symbol, name, InstrumentKind.Etf, "US", "USD");

    private static IEnumerable<Instrument> Entries() =>
    [
        // Indices.
        Index("HSTECH.HK", "Hang Seng TECH Index", "HK", "HKD", "HSTECH", "^HSTECH"),
        Index("^HSI", "Hang Seng Index", "HK", "HKD", "HSI"),
        Index("000001.SS", "SSE Composite Index", "SH", "CNY", "SSEC", "sh000001"),
        Index("399006.SZ", "ChiNext Index", "SZ", "CNY", "CHINEXT", "sz399006"),
        Index("000300.SS", "CSI 300 Index", "SH", "CNY", "CSI300", "sh000300"),
        Index("000688.SS", "SSE STAR 50 Index", "SH", "CNY", "STAR50", "sh000688"),
        Index("000682.SS", "SSE 000682 technology index (ChiNext-rebased before 2021-08-16)", "SH", "CNY", "sh000682"),
        Index("^NDX", "Nasdaq-100 Index", "US", "USD", "NDX"),
        Index("^GSPC", "S&P 500 Index", "US", "USD", "SPX", "GSPC"),
        Index("^IXIC", "Nasdaq Composite Index", "US", "USD", "IXIC", "NASDAQ"),
        new Instrument("CNY=X", "US dollar in Chinese yuan (USD/CNY)", InstrumentKind.Fx, "FX", "CNY") { Aliases = ["USDCNY"] },
        new Instrument("HKD=X", "US dollar in Hong Kong dollars (USD/HKD)", InstrumentKind.Fx, "FX", "HKD") { Aliases = ["USDHKD"] },
        Index("^DJI", "Dow Jones Industrial Average", "US", "USD", "DJI", "DJIA"),

        // US-listed ETFs and ADRs.
        Etf("QQQ", "Invesco QQQ Trust"),
        Etf("KWEB", "KraneShares CSI China Internet ETF"),
        Etf("MCHI", "iShares MSCI China ETF"),
        new Instrument("JD", "JD.com ADR", InstrumentKind.Stock, "US", "USD"),
        new Instrument("PDD", "PDD Holdings ADR", InstrumentKind.Stock, "US", "USD"),

        // Hong Kong: Hang Seng TECH constituents in the snapshot.
        Stock("0700.HK", "Tencent Holdings", "TENCENT"),
        Stock("9988.HK", "Alibaba Group", "ALIBABA"),
        Stock("9888.HK", "Baidu", "BAIDU"),
        Stock("9618.HK", "JD.com", "JD.HK"),
        Stock("1810.HK", "Xiaomi", "XIAOMI"),
        Stock("0981.HK", "SMIC (Semiconductor Manufacturing International)", "SMIC"),
        Stock("3690.HK", "Meituan", "MEITUAN"),
        Stock("1024.HK", "Kuaishou Technology", "KUAISHOU"),
        Stock("9999.HK", "NetEase", "NETEASE"),
        Stock("0992.HK", "Lenovo Group", "LENOVO"),
        Stock("1347.HK", "Hua Hong Semiconductor", "HUAHONG"),
        Stock("0522.HK", "ASMPT"),
        Stock("0285.HK", "BYD Electronic"),
        Stock("2382.HK", "Sunny Optical Technology"),
        Stock("0268.HK", "Kingdee International Software"),
        Stock("0241.HK", "Alibaba Health Information Technology"),
        Stock("0772.HK", "China Literature"),
        Stock("0780.HK", "Tongcheng Travel"),
        Stock("9961.HK", "Trip.com Group"),
        Stock("9626.HK", "Bilibili"),
        Stock("6618.HK", "JD Health International"),
        Stock("6690.HK", "Haier Smart Home"),
        Stock("2015.HK", "Li Auto"),
        Stock("9866.HK", "NIO"),
        Stock("9868.HK", "XPeng"),
        Stock("6060.HK", "ZhongAn Online P&C Insurance"),
        Stock("1797.HK", "East Buy Holding"),
        Stock("2269.HK", "WuXi Biologics"),
        Stock("0302.HK", "0302.HK (name not given by the source)"),

        // Shanghai and Shenzhen: A-share AI and semiconductor names in the snapshot.
        Stock("688256.SS", "Cambricon Technologies", "CAMBRICON"),
        Stock("688041.SS", "Hygon Information Technology", "HYGON"),
        Stock("688008.SS", "Montage Technology"),
        Stock("688012.SS", "Advanced Micro-Fabrication Equipment (AMEC)", "AMEC"),
        Stock("688019.SS", "Anji Microelectronics"),
        Stock("688037.SS", "Kingsemi"),
        Stock("688072.SS", "Piotech"),
        Stock("688082.SS", "ACM Research (Shanghai)"),
        Stock("688110.SS", "Dosilicon"),
        Stock("688120.SS", "Hwatsing Technology"),
        Stock("688146.SS", "PERIC Special Gases"),
        Stock("688200.SS", "AccoTEST Technology"),
        Stock("688233.SS", "Thinkon Semiconductor"),
        Stock("688268.SS", "Huate Gas"),
        Stock("688300.SS", "Novoray"),
        Stock("688347.SS", "Hua Hong Semiconductor (A shares)"),
        Stock("688361.SS", "Skyverse Technology"),
        Stock("688498.SS", "Yuanjie Semiconductor Technology"),
        Stock("688766.SS", "Puya Semiconductor"),
        Stock("600487.SS", "Hengtong Optic-Electric"),
        Stock("601869.SS", "Yangtze Optical Fibre and Cable (YOFC)"),
        Stock("603688.SS", "Jiangsu Pacific Quartz"),
        Stock("603986.SS", "GigaDevice Semiconductor"),
        Stock("000636.SZ", "Fenghua Advanced Technology"),
        Stock("002281.SZ", "Accelink Technologies"),
        Stock("002371.SZ", "NAURA Technology Group", "NAURA"),
        Stock("002409.SZ", "Jiangsu Yoke Technology"),
        Stock("300054.SZ", "Hubei Dinglong"),
        Stock("300223.SZ", "Ingenic Semiconductor"),
        Stock("300308.SZ", "Zhongji Innolight", "INNOLIGHT"),
        Stock("300394.SZ", "Suzhou TFC Optical Communication"),
        Stock("300502.SZ", "Eoptolink Technology", "EOPTOLINK"),
        Stock("300604.SZ", "Hangzhou Changchuan Technology"),
        Stock("300666.SZ", "Konfoong Materials International"),
    ];
}

using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Tests.Symbols;

public sealed class SymbolCatalogTests
{
    [Theory]
    [InlineData("HSTECH", "HSTECH.HK")]
    [InlineData("hsi", "^HSI")]
    [InlineData("STAR50", "000688.SS")]
    [InlineData("CHINEXT", "399006.SZ")]
    [InlineData("SSEC", "000001.SS")]
    [InlineData("CSI300", "000300.SS")]
    [InlineData("NDX", "^NDX")]
    [InlineData("SPX", "^GSPC")]
    [InlineData("IXIC", "^IXIC")]
    [InlineData("NASDAQ", "^IXIC")]
    [InlineData("USDCNY", "CNY=X")]
    [InlineData("sh688256", "688256.SS")]
    [InlineData("688256", "688256.SS")]
    [InlineData("hk00700", "0700.HK")]
    [InlineData("CAMBRICON", "688256.SS")]
    public void Should_resolve_the_product_aliases(string alias, string canonical)
    {
        SymbolCatalog.Find(alias)!.Symbol.ShouldBe(canonical);
    }

    [Fact]
    public void Should_not_give_the_bare_code_000001_to_the_Shanghai_Composite()
    {
        // 000001 is also Ping An Bank in Shenzhen; only the prefixed sh000001 names the index.
        SymbolCatalog.Find("000001").ShouldBeNull();
        SymbolCatalog.Find("sh000001")!.Symbol.ShouldBe("000001.SS");
    }

    [Theory]
    [InlineData("sh688256", "688256.SS")]
    [InlineData("SZ300308", "300308.SZ")]
    [InlineData("hk00700", "0700.HK")]
    [InlineData("hk09988", "9988.HK")]
    [InlineData("bj430047", "430047.BJ")]
    [InlineData("ny0700", null)]
    [InlineData("sh68825", null)]
    public void Should_convert_exchange_codes(string code, string? symbol)
    {
        SymbolCatalog.FromExchangeCode(code).ShouldBe(symbol);
    }

    [Theory]
    [InlineData("688256.SS", "sh688256")]
    [InlineData("300308.SZ", "sz300308")]
    [InlineData("0700.HK", "hk00700")]
    [InlineData("^NDX", null)]
    public void Should_convert_symbols_to_exchange_codes(string symbol, string? code)
    {
        SymbolCatalog.ToExchangeCode(symbol).ShouldBe(code);
    }

    [Fact]
    public void Should_infer_market_and_currency_for_an_uncatalogued_symbol()
    {
        var i = SymbolCatalog.Describe("600519.SS");
        (i.Kind, i.Market, i.Currency, i.Name).ShouldBe((InstrumentKind.Stock, "SH", "CNY", "600519.SS"));
        SymbolCatalog.Describe("^FTSE").Kind.ShouldBe(InstrumentKind.Index);
        SymbolCatalog.Describe("EURUSD=X").Currency.ShouldBe("USD");
    }

    [Fact]
    public void Should_name_a_metric_after_its_subject_with_the_subject_aliases()
    {
        var pe = SymbolCatalog.Metric("HSTECH", "pe", "Hang Seng TECH P/E (TTM)", InstrumentKind.Valuation, "ratio", Frequency.Daily);
        pe.Symbol.ShouldBe("HSTECH.HK:PE");
        pe.Aliases.ShouldBe(["HSTECH:PE", "^HSTECH:PE"]);
        SymbolCatalog.Metric("CN", "GDP_USD", "China nominal GDP", InstrumentKind.Macro, "USD", Frequency.Annual).Currency.ShouldBe("USD");
    }

    [Theory]
    [InlineData("0700.HK:MARKET_CAP", InstrumentKind.Valuation, true)]
    [InlineData("89988.HK:PE", InstrumentKind.Valuation, true)]
    [InlineData("688256.SS:MARKET_CAP", InstrumentKind.Valuation, true)]
    [InlineData("430047.BJ:MARKET_CAP", InstrumentKind.Valuation, true)]
    [InlineData("HSTECH.HK:PE", InstrumentKind.Valuation, false)]
    [InlineData("000688.SS:PE", InstrumentKind.Valuation, false)]
    [InlineData("^NDX:PE", InstrumentKind.Valuation, false)]
    [InlineData("CN:MARGIN_BALANCE", InstrumentKind.Macro, false)]
    [InlineData("0700.HK", InstrumentKind.Stock, false)]
    public void Should_tell_the_valuation_series_of_single_stocks(string symbol, InstrumentKind kind, bool single)
    {
        SymbolCatalog.IsSingleStockSeries(new Instrument(symbol, symbol, kind, "X", null)).ShouldBe(single);
    }
}

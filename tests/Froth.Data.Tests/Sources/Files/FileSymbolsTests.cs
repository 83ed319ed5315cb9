using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

public sealed class FileSymbolsTests
{
    [Theory]
    [InlineData("NDX_yahoo_1985-2026-02.csv", "^NDX")]
    [InlineData("NDX_stooq_1938-2026-05.csv", "^NDX")]
    [InlineData("USDCNY_yahoo_2001-2026-02.csv", "CNY=X")]
    [InlineData("HSI_yahoo_1986-2024-08.csv", "^HSI")]
    [InlineData("hstech_investing_2015-2024.csv", "HSTECH.HK")]
    [InlineData("sh688256.csv", "688256.SS")]
    [InlineData("sz300308.csv", "300308.SZ")]
    [InlineData("0700.HK.csv", "0700.HK")]
    [InlineData("JD.csv", "JD")]
    [InlineData("IXIC.csv", "^IXIC")]
    [InlineData("GSPC.csv", "^GSPC")]
    [InlineData("000001.SS_yahoo_1990-2018.csv", "000001.SS")]
    [InlineData("nasdaq_dotcom_1994-2000_lppls.csv", "^IXIC")]
    [InlineData("stooq_daily_csv_ndx_excerpt.csv", "^NDX")]
    [InlineData("^ndx_d.csv", "^NDX")]
    [InlineData("HKDX_yahoo_2001-07_2024-12.csv", "HKD=X")]
    [InlineData("CNYX.csv", "CNY=X")]
    public void Should_map_the_snapshot_file_names_to_canonical_symbols(string fileName, string symbol)
    {
        FileSymbols.FromFileName(fileName).Symbol.ShouldBe(symbol);
    }

    [Fact]
    public void Should_describe_a_symbol_the_catalogue_does_not_know()
    {
        var i = FileSymbols.FromFileName("aapl_2020.csv");
        i.Symbol.ShouldBe("AAPL");
        i.Kind.ShouldBe(InstrumentKind.Stock);
        i.Market.ShouldBe("US");
    }

    [Fact]
    public void Should_describe_an_uncatalogued_Hong_Kong_code()
    {
        var i = FileSymbols.FromFileName("0020.HK.csv");
        i.Symbol.ShouldBe("0020.HK");
        i.Currency.ShouldBe("HKD");
    }

    [Theory]
    [InlineData("HSTECH", "HSTECH.HK")]
    [InlineData("sh000001", "000001.SS")]
    [InlineData("sh000688", "000688.SS")]
    [InlineData("^NDX", "^NDX")]
    [InlineData("CNY=X", "CNY=X")]
    public void Should_map_the_names_files_write_in_their_content(string name, string symbol)
    {
        FileSymbols.FromContent(name).Symbol.ShouldBe(symbol);
    }

    [Fact]
    public void Should_use_the_file_stem_as_the_source()
    {
        FileSymbols.Stem("0700.HK.csv").ShouldBe("0700.HK");
        FileSymbols.Stem("NDX_yahoo_1985-2026-07_noVolume.csv").ShouldBe("NDX_yahoo_1985-2026-07_noVolume");
    }

    [Theory]
    [InlineData("QQQX.csv", "QQQX")]
    [InlineData("EURX.csv", "EURX")]
    public void Should_read_a_four_letter_token_as_a_currency_pair_only_when_the_catalogue_has_the_pair(string fileName, string symbol)
    {
        var i = FileSymbols.FromFileName(fileName);
        (i.Symbol, i.Kind).ShouldBe((symbol, InstrumentKind.Stock));
    }
}

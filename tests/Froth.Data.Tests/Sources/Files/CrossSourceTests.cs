namespace Froth.Data.Tests.Sources.Files;

// The cross-checks listed in SOURCES.md §2 and §3: different files of the same instrument agree.
public sealed class CrossSourceTests
{
    /// <summary>Half a cent: Stooq and the SOURCES.md figures round to 2 decimals, Yahoo and Sina keep float noise (20675.380859375, 5157.08008).</summary>
    private const double CentTolerance = 0.005;

    [Theory]
    [InlineData("2024-07-10", 20675.38)]
    [InlineData("2024-07-11", 20211.36)]
    public void Should_find_the_three_Nasdaq_100_files_agree(string date, double close)
    {
        // SOURCES.md §2: "on 2024-07-10/11 the three NDX files agree on OHLC (Yahoo close 20675.38 / 20211.36)".
        string[] files = ["prices/us/NDX_yahoo_1985-2026-02.csv", "prices/us/NDX_yahoo_1985-2026-07_noVolume.csv", "prices/us/NDX_stooq_1938-2026-05.csv"];
        var series = files.Select(f => PriceFiles.Read(f).Only()).ToList();
        series.Select(s => s.Instrument.Symbol).Distinct().ShouldBe(["^NDX"]);
        series.Select(s => s.Source).Distinct().Count().ShouldBe(3);
        foreach (var s in series)
        {
            s.On(date).Close.ShouldBe(close, CentTolerance);
        }
    }

    [Theory]
    [InlineData("2024-10-02", 5157.08)]
    [InlineData("2022-10-31", 2852.57)]
    public void Should_find_the_two_Hang_Seng_Tech_files_agree(string date, double close)
    {
        // SOURCES.md §3: "HSTECH Sina vs investing.com agree to the cent on overlapping days".
        var sina = PriceFiles.Read("prices/cn_index/hstech_sina_2020-2026.csv").Only();
        var investing = PriceFiles.Read("prices/cn_index/hstech_investing_2015-2024.csv").Only();
        sina.Instrument.ShouldBe(investing.Instrument);
        sina.On(date).Close.ShouldBe(close, CentTolerance);
        investing.On(date).Close.ShouldBe(close, CentTolerance);
    }

    [Fact]
    public void Should_find_Sina_and_Yahoo_agree_on_the_2007_Shanghai_peak()
    {
        // SOURCES.md §3: "Shanghai Composite Sina vs Yahoo agree on 2007-10-16 (close 6092.057)".
        var sina = PriceFiles.Read("prices/cn_index/sh000001_sina_1990-2026.csv").Only();
        var yahoo = PriceFiles.Read("reference/000001.SS_yahoo_1990-2018.csv").Only();
        sina.Instrument.Symbol.ShouldBe(yahoo.Instrument.Symbol);
        sina.On("2007-10-16").Close.ShouldBe(6092.057, CentTolerance);
        yahoo.On("2007-10-16").Close.ShouldBe(6092.057, CentTolerance);
    }

    [Fact]
    public void Should_find_the_lppls_file_is_the_Nasdaq_Composite()
    {
        // SOURCES.md §5 says the lppls file is the Nasdaq Composite; IXIC.csv line 7353 and the lppls last
        // line both close 2000-03-10 at 5048.62.
        var lppls = PriceFiles.Read("reference/nasdaq_dotcom_1994-2000_lppls.csv").Only();
        var ixic = PriceFiles.Read("prices/us/IXIC.csv").Only();
        lppls.Instrument.Symbol.ShouldBe(ixic.Instrument.Symbol);
        lppls.On("2000-03-10").Close.ShouldBe(ixic.On("2000-03-10").Close, CentTolerance);
    }
}

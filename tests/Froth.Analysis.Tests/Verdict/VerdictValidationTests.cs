using System.Globalization;
using Froth.Analysis.Bubbles;
using Froth.Analysis.Macro;
using Froth.Analysis.Rally;
using Froth.Analysis.Speculation;
using Froth.Analysis.Subjects;
using Froth.Analysis.Verdict;
using Froth.Data.MarketData;
using Froth.Data.Sources;
using Froth.Macro;
using Froth.Series;
using Froth.Speculation;
using Froth.Testing;
using Froth.Verdict;

namespace Froth.Analysis.Tests.Verdict;

/// <summary>
/// The scorecard on the bubbles history has dated (docs/verdict.md). The reference is the dating, not our output:
/// the peaks (Nasdaq Composite 10 March 2000; SSE Composite 16 October 2007 and 12 June 2015, the index's record and
/// post-2008 closes) and the origination of each explosive episode — June 1995 for the Nasdaq (Phillips, Wu &amp; Yu
/// 2011, "Explosive behavior in the 1990s Nasdaq"), and for Shanghai the PSY origination dates of docs/psy.md
/// (14 November 2006 and 21 November 2014, which the literature's datings bracket). A year before the episode began
/// the scorecard must read low, at the peak high, a year after the peak low, and it must rise from the year before
/// to the origination to the peak.
/// </summary>
public sealed class VerdictValidationTests
{
    private const string Nasdaq = "prices/us/IXIC.csv";
    private const string Shanghai = "prices/cn_index/sh000001_sina_1990-2026.csv";

    public static TheoryData<string, string, string, string, string, bool> Bubbles => new()
    {
        // file, a year before the origination, origination, peak, a year after the peak, Chinese macro data
        { Nasdaq, "1994-06-30", "1995-06-30", "2000-03-10", "2001-03-09", false },
        { Shanghai, "2005-11-14", "2006-11-14", "2007-10-16", "2008-10-16", true },
        { Shanghai, "2013-11-21", "2014-11-21", "2015-06-12", "2016-06-13", true },
    };

    [Theory]
    [MemberData(nameof(Bubbles))]
    public void Should_read_low_before_a_dated_bubble_high_at_its_peak_and_low_after(string file, string before, string origination, string peak, string after, bool chineseMacro)
    {
        // Given the index's bars and, for Shanghai, China's macro series
        var bars = Bars(file);
        var macro = chineseMacro ? new MacroAnalysis("CN", MacroOverlay.Build(ChinaMacro()), [], []) : null;

        // When the scorecard is read on the four dates, each from the data up to it
        var scores = new[] { before, origination, peak, after }.Select(d => Score(bars, Date(d), macro)).ToList();

        // Then it is low a year before, high at the peak, low a year after, and it rises into the peak
        scores[0].Band.ShouldBe(VerdictBand.Low, $"a year before the bubble began ({before})");
        scores[2].Band.ShouldBe(VerdictBand.High, $"at the peak ({peak})");
        scores[3].Band.ShouldBe(VerdictBand.Low, $"a year after the peak ({after})");
        scores[0].Score!.Value.ShouldBeLessThan(scores[1].Score!.Value, "the score rises from the year before to the origination");
        scores[1].Score!.Value.ShouldBeLessThan(scores[2].Score!.Value, "and from the origination to the peak");
    }

    private static VerdictResult Score(IReadOnlyList<DailyBar> all, DateOnly asOf, MacroAnalysis? macro)
    {
        // The index on its own, through the use cases a report calls: its facts, its bubble tests (one LPPLS end date)
        // and the verdict, every reading from the data up to the date.
        using var workspace = new Workspace(new WorkspaceOptions { StorePath = "unused", CacheFolder = TestCache.Folder, MarketData = _ => new InMemoryMarketData([]) });
        var instrument = new Instrument("INDEX", "the index", InstrumentKind.Index, "XX", null);
        var source = new SeriesSource("INDEX", "file", all[0].Date, all[^1].Date, all.Count, false, PriceAdjustment.None);
        var series = SubjectSeries.Of(new SubjectInfo("INDEX", "the index", SubjectKind.Instrument, instrument, source), all, asOf);
        var facts = FactsQueries.Compute(workspace, series, new FactsRequest { AsOf = asOf });
        var bubble = BubbleQueries.Diagnose(workspace, series, BubbleSettings.Default with { LpplsEndDates = 1 }, null, TestContext.Current.CancellationToken);
        var surge = TurnoverSurge.Compute(series.Prices.Values);
        var turnover = new TurnoverReading(surge?.Ratio, surge is null ? 0 : 1, []);
        return VerdictQueries.Score("INDEX", series.AsOf, facts.Facts, bubble.Psy, bubble.Confidence, new Dictionary<string, double>(), macro, turnover).Result;
    }

    private static IReadOnlyList<DailyBar> Bars(string file) =>
        SourceReader.ReadFile(SampleData.Path(file)).Bars.Single(s => s.Source == Path.GetFileNameWithoutExtension(file)).Bars;

    private static MacroInputs ChinaMacro()
    {
        List<ScalarPoint> Percent(string f, string symbol) =>
            [.. SourceReader.ReadFile(SampleData.Path(f)).Scalars.Single(s => s.Instrument.Symbol == symbol).Points.Select(p => p with { Value = MacroUnits.ToFraction(p.Value, "percent") })];
        return new MacroInputs
        {
            GdpDeflatorInflation = Percent("macro/china_gdp_deflator_inflation_annual_pct_worldbank.csv", "CN:GDP_DEFLATOR_INFLATION"),
            RealGdpGrowth = Percent("macro/gdp_real_growth_usa_japan_china_2000_2025_UNVERIFIED.csv", "CN:REAL_GDP_GROWTH"),
        };
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using Froth.Macro;
using Froth.Series;
using Froth.Tests.Valuation;

namespace Froth.Tests.Macro;

public sealed class GrowthDivergenceTests
{
    /// <summary>Products of four annual factors and a fractional power: double rounding is far below this.</summary>
    private const double Reference = 1e-12;

    private static IReadOnlyList<MacroYear> China()
    {
        IReadOnlyList<ScalarPoint> Percent(string file, string symbol) =>
            [.. SnapshotSeries.Series(file, symbol).Points.Select(p => p with { Value = p.Value / 100 })];
        return MacroOverlay.Build(new MacroInputs
        {
            GdpDeflatorInflation = Percent("china_gdp_deflator_inflation_annual_pct_worldbank", "CN:GDP_DEFLATOR_INFLATION"),
            RealGdpGrowth = Percent("gdp_real_growth_usa_japan_china_2000_2025_UNVERIFIED", "CN:REAL_GDP_GROWTH"),
            NominalGdp = SnapshotSeries.Series("china_gdp_current_usd_worldbank", "CN:NOMINAL_GDP").Points,
        }).Years;
    }

    public sealed class On_the_snapshot
    {
        [Fact]
        public void Should_set_the_STAR_50_against_local_nominal_growth_from_2020_to_2023()
        {
            // Given year-end closes 1000 (2019-12-31), 1393.03, 1398.19, 959.9, 852.0 (2023-12-29)
            var r = GrowthDivergence.Compute(SnapshotSeries.Star50Closes, China(), SnapshotSeries.Star50Pe);

            // Then the span is the latest run of years with both growths, 2020–2023 (valuation_reference.txt)
            r.FirstYear.ShouldBe(2020);
            r.LastYear.ShouldBe(2023);
            r.Years.Single(y => y.Year == 2020).IndexReturn!.Value.ShouldBe(0.39303, Reference);
            r.Years.Single(y => y.Year == 2022).Excess!.Value.ShouldBe(-0.3622534312760063, Reference);
            r.IndexGrowth.ShouldBe((852.0 / 1000) - 1, Reference);
            r.NominalGrowth.ShouldBe(0.27798329781986286, Reference);
            r.IndexCagr.ShouldBe(Math.Pow(0.852, 0.25) - 1, Reference);
            r.NominalCagr.ShouldBe(0.06323996994886816, Reference);
            r.Divergence.ShouldBe(-0.10249106376310202, Reference);

            // And there is no re-rating share: the STAR 50 P/E starts on 2020-07-06, after the span's first close
            r.Decomposition.ShouldBeNull();
            r.DecompositionNote!.ShouldContain("2020-07-06");
        }

        [Fact]
        public void Should_set_the_Hang_Seng_TECH_against_dollar_growth_with_the_re_rating_share()
        {
            var r = GrowthDivergence.Compute(
                SnapshotSeries.HstechCloses, China(), SnapshotSeries.HstechPeLixinger, DivergenceOptions.Default with { Measure = NominalGrowthMeasure.UsDollars });

            // valuation_reference.txt: 2021–2023, index −55.3 %, nominal USD +21.2 %, divergence −30.2 points a year
            r.FirstYear.ShouldBe(2021);
            r.LastYear.ShouldBe(2023);
            r.IndexGrowth.ShouldBe(-0.5532477195314447, Reference);
            r.NominalGrowth.ShouldBe(0.21153948413483903, Reference);
            r.IndexCagr.ShouldBe(-0.2355385450016374, Reference);
            r.Divergence.ShouldBe(-0.30159251248499097, Reference);

            // And the P/E rose from 54.912 to 73.249 while implied earnings fell 66.5 %: re-rating share −0.358
            var d = r.Decomposition.ShouldNotBeNull();
            d.Start.ShouldBe(new DateOnly(2020, 12, 31));
            d.End.ShouldBe(new DateOnly(2023, 12, 29));
            d.ReRatingShare!.Value.ShouldBe(-0.3575951935189447, Reference);
            d.EarningsShare!.Value.ShouldBe(1.357595193518945, Reference);
        }

        [Fact]
        public void Should_refuse_a_span_with_a_year_that_lacks_a_growth()
        {
            // 2024 has an index return but no deflator, so no local nominal growth.
            Should.Throw<FrothException>(() => GrowthDivergence.Compute(SnapshotSeries.Star50Closes, China(), null, DivergenceOptions.Default with { ToYear = 2024 }))
                .Message.ShouldContain("2024 lack a full-year index return or a nominal GDP growth");
        }
    }

    public sealed class By_hand
    {
        private static readonly IReadOnlyList<MacroYear> Growth =
        [
            new(2020, null, 0.02, 0.03, null, null, 0.0506),
            new(2021, null, 0.01, 0.04, null, null, 0.0504),
        ];

        [Fact]
        public void Should_count_a_year_only_when_both_year_ends_are_near_31_December()
        {
            // Closes on 2019-12-31 (100), 2020-12-20 (110: 11 days early, past the 7-day tolerance), 2021-12-31 (121).
            List<ScalarPoint> closes = [new(new DateOnly(2019, 12, 31), 100), new(new DateOnly(2020, 12, 20), 110), new(new DateOnly(2021, 12, 31), 121)];
            Should.Throw<FrothException>(() => GrowthDivergence.Compute(closes, Growth)).Message.ShouldContain("No calendar year has both");

            var tolerant = GrowthDivergence.Compute(closes, Growth, null, DivergenceOptions.Default with { YearEndToleranceDays = 11 });
            tolerant.IndexGrowth.ShouldBe(0.21, 1e-15);
            tolerant.NominalGrowth.ShouldBe((1.0506 * 1.0504) - 1, 1e-15);
            tolerant.IndexCagr.ShouldBe(0.1, 1e-15);
            tolerant.DecompositionNote.ShouldBe("no P/E series was given");
        }

        [Fact]
        public void Should_refuse_empty_closes() =>
            Should.Throw<FrothException>(() => GrowthDivergence.Compute([], Growth)).Message.ShouldContain("full-year index return (none)");
    }
}

using Froth.Macro;
using Froth.Series;
using Froth.Tests.Valuation;

namespace Froth.Tests.Macro;

public sealed class MacroOverlayTests
{
    /// <summary>Products and quotients of a few decimals: double rounding is far below this.</summary>
    private const double Reference = 1e-12;

    private static IReadOnlyList<ScalarPoint> Percent(string file, string symbol) =>
        [.. SnapshotSeries.Series(file, symbol).Points.Select(p => p with { Value = MacroUnits.ToFraction(p.Value, "percent") })];

    private static MacroInputs China() => new()
    {
        CpiInflation = Percent("china_cpi_inflation_annual_pct_worldbank", "CN:CPI_INFLATION"),
        GdpDeflatorInflation = Percent("china_gdp_deflator_inflation_annual_pct_worldbank", "CN:GDP_DEFLATOR_INFLATION"),
        RealGdpGrowth = Percent("gdp_real_growth_usa_japan_china_2000_2025_UNVERIFIED", "CN:REAL_GDP_GROWTH"),
        NominalGdp = SnapshotSeries.Series("china_gdp_current_usd_worldbank", "CN:NOMINAL_GDP").Points,
    };

    public sealed class On_the_snapshot
    {
        [Fact]
        public void Should_compute_that_the_GDP_deflator_was_negative_in_2023()
        {
            // china_gdp_deflator_inflation_annual_pct_worldbank.csv: China,CHN,2023,-0.582393794026771
            var o = MacroOverlay.Build(China());

            o.LatestGdpDeflatorInflation.ShouldBe(new YearValue(2023, -0.00582393794026771));
            o.NegativeDeflatorYears.ShouldBe([1962, 1963, 1964, 1966, 1969, 1970, 1975, 1976, 1982, 1998, 1999, 2009, 2015, 2023]);
        }

        [Fact]
        public void Should_compute_local_and_dollar_nominal_growth_of_2023()
        {
            var y2023 = MacroOverlay.Build(China()).Years.Single(y => y.Year == 2023);

            // Local: (1 + 5.3 %)(1 − 0.5824 %) − 1 = 4.687 %. Dollars: 17,794,781,986,104 / 17,881,783,387,001 − 1 = −0.487 %.
            y2023.NominalGrowthLocal!.Value.ShouldBe((1.053 * (1 - 0.00582393794026771)) - 1, Reference);
            y2023.NominalGrowthLocal!.Value.ShouldBe(0.04686739334889811, Reference);
            y2023.NominalGdpGrowth!.Value.ShouldBe((17794781986104.457 / 17881783387000.867) - 1, Reference);
            y2023.CpiInflation!.Value.ShouldBe(0.0023483682889305097, Reference);
            y2023.RealGdpGrowth!.Value.ShouldBe(0.053, Reference);
        }

        [Fact]
        public void Should_leave_a_year_without_both_inputs_without_local_growth()
        {
            // 2024 has CPI (0.218 %) and the unverified real growth (4.8 %) but no deflator: no nominal growth.
            var o = MacroOverlay.Build(China());
            var y2024 = o.Years.Single(y => y.Year == 2024);
            y2024.NominalGrowthLocal.ShouldBeNull();
            y2024.CpiInflation!.Value.ShouldBe(0.00218128938439177, Reference);
            o.LatestCpiInflation!.Year.ShouldBe(2024);
            o.LatestRealGdpGrowth.ShouldBe(new YearValue(2025, 0.045));
            o.LatestNominalGrowthLocal!.Year.ShouldBe(2023);
        }
    }

    public sealed class Pathological
    {
        [Fact]
        public void Should_give_nothing_for_no_series()
        {
            var o = MacroOverlay.Build(new MacroInputs());
            o.Years.ShouldBeEmpty();
            o.LatestCpiInflation.ShouldBeNull();
            o.NegativeDeflatorYears.ShouldBeEmpty();
        }

        [Fact]
        public void Should_refuse_two_points_in_one_year() =>
            Should.Throw<ArgumentException>(() => MacroOverlay.Build(new MacroInputs { CpiInflation = [new(new DateOnly(2020, 1, 1), 0.01), new(new DateOnly(2020, 7, 1), 0.02)] }))
                .Message.ShouldContain("two in 2020");

        [Fact]
        public void Should_skip_NaN()
        {
            var o = MacroOverlay.Build(new MacroInputs { CpiInflation = [new(new DateOnly(2020, 1, 1), 0.01), new(new DateOnly(2021, 1, 1), double.NaN)] });
            o.LatestCpiInflation.ShouldBe(new YearValue(2020, 0.01));
        }

        [Theory]
        [InlineData("percent", 5.3, 0.053)]
        [InlineData("fraction", 0.053, 0.053)]
        public void Should_convert_rates_to_fractions(string unit, double value, double fraction) =>
            MacroUnits.ToFraction(value, unit).ShouldBe(fraction, 1e-15);

        [Fact]
        public void Should_refuse_a_unit_that_is_no_rate() =>
            Should.Throw<FrothException>(() => MacroUnits.ToFraction(1e12, "USD")).Message.ShouldContain("got unit 'USD'");
    }
}

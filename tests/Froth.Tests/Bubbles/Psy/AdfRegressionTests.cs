using System.Globalization;
using Froth.Bubbles.Psy;
using Froth.Data.Sources.Files;
using Froth.Testing;

namespace Froth.Tests.Bubbles.Psy;

public sealed class AdfRegressionTests
{
    /// <summary>
    /// statsmodels prints 17 significant digits and solves by a pseudo-inverse; our Cholesky on centred moments
    /// agrees to ~1e-12 on these series, so 1e-9 is rounding headroom, not slack for a different formula.
    /// </summary>
    private const double StatsmodelsTolerance = 1e-9;

    public static TheoryData<string, int, string, double, int, int> Rows()
    {
        var data = new TheoryData<string, int, string, double, int, int>();
        var path = Path.Combine(SampleData.RepositoryRoot, "tests/Froth.Tests/Bubbles/Psy/reference/adfuller_reference.csv");
        foreach (var line in File.ReadAllLines(path).Where(l => !l.StartsWith('#')).Skip(1))
        {
            var f = line.Split(',');
            data.Add(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), f[2], double.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_match_statsmodels_adfuller(string series, int maxLag, string autolag, double statistic, int usedLag, int rows)
    {
        // Given the series statsmodels was run on
        var y = Series(series);

        // When
        var result = autolag switch
        {
            "none" => AdfRegression.Fit(y, maxLag),
            "aic" => AdfRegression.FitWithCriterion(y, maxLag, InformationCriterion.Aic),
            _ => AdfRegression.FitWithCriterion(y, maxLag, InformationCriterion.Bic),
        };

        // Then the lag chosen, the rows used and the statistic are statsmodels'
        result.Lag.ShouldBe(usedLag);
        result.Rows.ShouldBe(rows);
        result.Statistic.ShouldBe(statistic, StatsmodelsTolerance);
    }

    [Fact]
    public void Should_be_the_full_sample_ADF_of_the_PSY_test()
    {
        // PSY's ADF is the regression over the whole sample with the same lag
        var y = Series("SP_DV");
        var psy = PsyTest.Run(y, new PsyOptions { Lag = AdfLag.Fixed(2) });
        psy.Adf.ShouldBe(AdfRegression.Fit(y, 2).Statistic, 1e-12);
    }

    [Fact]
    public void Should_refuse_a_series_too_short_for_the_lag()
    {
        var error = Should.Throw<FrothException>(() => AdfRegression.Fit([1, 2, 4, 3, 5], 3));
        error.Message.ShouldContain("needs at least 10");
    }

    private static double[] Series(string name) => name switch
    {
        "SP_DV" => [.. CsvColumnReader.Read(SampleData.Path("reference/bubbles/SP_DV.csv"), "price dividend ratio").Values.Take(1680)],
        "sim_psy1" => [.. CsvColumnReader.Read(SampleData.Path("reference/bubbles/sim_data.csv"), "psy1").Values],
        "sim_evans" => [.. CsvColumnReader.Read(SampleData.Path("reference/bubbles/sim_data.csv"), "evans").Values],
        "snp_pd" => [.. CsvColumnReader.Read(SampleData.Path("reference/bubbles/snp.csv"), "value").Values.Select(v => 1 / v)],
        "spread" => [.. CsvColumnReader.Read(SampleData.Path("reference/bubbles/spread.csv"), "value").Values],
        "sse_log_1000" => [.. CsvColumnReader.Read(SampleData.Path("prices/cn_index/sh000001_sina_1990-2026.csv"), "close").Values.Take(1000).Select(v => Math.Log(v))],
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown reference series"),
    };
}

using Froth.Series;
using Froth.Speculation;

namespace Froth.Tests.Speculation;

public sealed class MarginBalanceGaugeTests
{
    [Fact]
    public void Should_give_the_balance_its_change_and_its_rank()
    {
        // Given balances 100, 110, 120, 105, 130 (in CNY bn) on five days, and a change over 2 observations
        List<ScalarPoint> balance = [.. new[] { 100.0, 110, 120, 105, 130 }.Select((v, i) => new ScalarPoint(new DateOnly(2024, 3, 1).AddDays(i), v))];

        var g = MarginBalanceGauge.Compute(balance, new DateOnly(2024, 3, 5), new MarginOptions { ChangeObservations = 2 });

        // Then 130 / 120 − 1, and 4 of 5 observations are below 130
        g.Balance.ShouldBe(130);
        g.Date.ShouldBe(new DateOnly(2024, 3, 5));
        g.ChangeFrom.ShouldBe(new DateOnly(2024, 3, 3));
        g.Change!.Value.ShouldBe((130.0 / 120) - 1, 1e-15);
        g.History.Percentile.ShouldBe(0.8);
        g.History.Average.ShouldBe(113);
        g.Stale.Flag.ShouldBeFalse();
    }

    [Fact]
    public void Should_give_no_change_for_a_series_shorter_than_the_lag()
    {
        var g = MarginBalanceGauge.Compute([new(new DateOnly(2024, 3, 1), 100)], new DateOnly(2024, 3, 1));
        g.Change.ShouldBeNull();
        g.ChangeFrom.ShouldBeNull();
    }
}

using Froth.Series;
using Froth.Speculation;

namespace Froth.Tests.Speculation;

public sealed class TurnoverGaugeTests
{
    private static DailyBar Bar(int day, double close, double? volume) => new(new DateOnly(2024, 1, day), close, close, close, close, volume);

    [Fact]
    public void Should_compare_each_session_with_the_average_of_the_sessions_before_it()
    {
        // Given turnovers 10×100 = 1000, 10×200 = 2000, 20×150 = 3000, then 20×300 = 6000, with a 3-session window
        var points = TurnoverGauge.Compute([Bar(1, 10, 100), Bar(2, 10, 200), Bar(3, 20, 150), Bar(4, 20, 300)], new TurnoverOptions { Window = 3 });

        // Then the first three are warm-up, and the fourth is 6000 / ((1000 + 2000 + 3000) / 3) = 3.0
        points.Select(p => p.Turnover).ShouldBe([1000.0, 2000.0, 3000.0, 6000.0]);
        points.Take(3).ShouldAllBe(p => p.Average == null && p.Ratio == null);
        points[3].Average.ShouldBe(2000);
        points[3].Ratio.ShouldBe(3);
    }

    [Fact]
    public void Should_give_no_average_while_a_session_in_the_window_has_no_volume()
    {
        var points = TurnoverGauge.Compute([Bar(1, 10, 100), Bar(2, 10, null), Bar(3, 10, 100), Bar(4, 10, 100), Bar(5, 10, 400)], new TurnoverOptions { Window = 2 });

        points[1].Turnover.ShouldBeNull();
        points[2].Average.ShouldBeNull(); // sessions 1 and 2, one without volume
        points[3].Average.ShouldBeNull(); // sessions 2 and 3
        points[4].Average.ShouldBe(1000); // sessions 3 and 4
        points[4].Ratio.ShouldBe(4);
    }

    [Fact]
    public void Should_return_nothing_for_no_bars_and_warm_up_for_one() =>
        (TurnoverGauge.Compute([]).Count, TurnoverGauge.Compute([Bar(1, 10, 1)]).Single().Average).ShouldBe((0, (double?)null));

    [Fact]
    public void Should_treat_a_NaN_volume_as_none() =>
        TurnoverGauge.Compute([Bar(1, 10, double.NaN)]).Single().Turnover.ShouldBeNull();

    [Fact]
    public void Should_refuse_a_window_below_one() =>
        Should.Throw<ArgumentOutOfRangeException>(() => TurnoverGauge.Compute([], new TurnoverOptions { Window = 0 }));
}

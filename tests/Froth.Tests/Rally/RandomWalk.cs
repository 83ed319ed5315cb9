using Froth.Series;

namespace Froth.Tests.Rally;

/// <summary>
/// Seeded random-walk bars for property tests: weekdays from a start date with about one weekday in twenty
/// skipped (a holiday), log-normal daily moves, now and then an unchanged close, and volumes.
/// </summary>
internal static class RandomWalk
{
    public static DailyBar[] Bars(int seed, int sessions, DateOnly? start = null, double flatProbability = 0.02)
    {
        var rng = new Random(seed);
        var bars = new DailyBar[sessions];
        var date = start ?? new DateOnly(2015, 1, 5);
        var close = 100.0;
        for (var i = 0; i < sessions; i++)
        {
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || rng.NextDouble() < 0.05)
            {
                date = date.AddDays(1);
            }

            if (i > 0 && rng.NextDouble() >= flatProbability)
            {
                // Box–Muller normal, 1.5% daily volatility; moves never round to an unchanged close.
                var z = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
                close *= Math.Exp(0.015 * z);
            }

            var volume = Math.Round(1e6 * (0.5 + rng.NextDouble()));
            bars[i] = new DailyBar(date, close, close * 1.01, close * 0.99, close, volume);
            date = date.AddDays(1);
        }

        return bars;
    }

    /// <summary>The mirror image of a series: each close c becomes 100²/c, so every up move is a down move of the mirror.</summary>
    public static DailyBar[] Mirror(IReadOnlyList<DailyBar> bars) =>
        [.. bars.Select(b => b with { Open = 1e4 / b.Open, High = 1e4 / b.Low, Low = 1e4 / b.High, Close = 1e4 / b.Close })];
}

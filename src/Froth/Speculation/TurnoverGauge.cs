using Froth.Series;

namespace Froth.Speculation;

/// <summary>
/// Turnover (traded value ≈ close × volume) against its trailing average: a speculation gauge, since retail-led
/// rallies show up first as a jump in the value traded.
/// </summary>
/// <remarks>
/// <para>Close × volume approximates the value traded (the exact figure sums price × quantity over every trade; the
/// Sina STAR 50 file's <c>amount</c> column is that figure but is not stored). The approximation is good for ratios
/// of one series to its own average, which is all this gauge reports.</para>
/// <para>Volume surges measured in shares (volume against its 20- and 50-session averages) are a rally fact and live in
/// <c>Froth.Rally</c>; this gauge measures value traded, which also rises when prices do.</para>
/// <para>A change of the source's volume unit (the <c>volume-scale-break</c> quality issue) shows as a step in the
/// ratio; such series are rescaled on import for stocks and only reported for indices.</para>
/// </remarks>
public static class TurnoverGauge
{
    /// <summary>One point per bar, aligned with <paramref name="bars"/>; <see langword="null"/> averages during the first <see cref="TurnoverOptions.Window"/> bars.</summary>
    /// <param name="bars">Daily bars, ascending. A volume or close that is not finite counts as no volume.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="TurnoverOptions.Default"/>.</param>
    public static IReadOnlyList<TurnoverPoint> Compute(IReadOnlyList<DailyBar> bars, TurnoverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        options ??= TurnoverOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Window, 1);

        var turnover = new double?[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            turnover[i] = b.Volume is { } v && double.IsFinite(v) && v >= 0 && double.IsFinite(b.Close) ? v * b.Close : null;
        }

        var result = new TurnoverPoint[bars.Count];
        var sum = 0.0;
        var missing = 0;
        for (var i = 0; i < bars.Count; i++)
        {
            double? average = null;
            if (i >= options.Window && missing == 0)
            {
                average = sum / options.Window;
            }

            double? ratio = turnover[i] is { } t && average is { } a && a > 0 ? t / a : null;
            result[i] = new TurnoverPoint(bars[i].Date, turnover[i], average, ratio);

            // Slide the window of the previous sessions forward to end at i.
            Add(turnover[i], +1);
            if (i - options.Window >= 0)
            {
                Add(turnover[i - options.Window], -1);
            }
        }

        return result;

        void Add(double? value, int sign)
        {
            if (value is { } v)
            {
                sum += sign * v;
            }
            else
            {
                missing += sign;
            }
        }
    }
}

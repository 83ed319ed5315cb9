using Froth.Series;

namespace Froth.Rally;

/// <summary>
/// Volume against its average of the preceding sessions: the "volume surge" facts, as series aligned to the
/// bars and as a snapshot of one session. Public for the valuation and speculation overlays.
/// </summary>
/// <remarks>
/// <para>The average of session i over N sessions is the mean volume of sessions i−N … i−1: the session itself
/// is left out, so a surge does not raise its own baseline. It is <see langword="null"/> (warm-up) for the
/// first N sessions and whenever one of those N sessions has no volume (<see cref="DailyBar.Volume"/> is
/// <see langword="null"/>: the source has none); a volume of 0 (a stock that did not trade) counts as 0.
/// The ratio is the session's volume over that average, <see langword="null"/> when either is missing or the
/// average is 0.</para>
/// <para>Volumes are in the source's unit; the importers rescale unit breaks (lots vs shares) before this sees
/// them, see docs/layouts-prices.md.</para>
/// </remarks>
public static class VolumeFacts
{
    /// <summary>Short average window: 20 sessions (about a month).</summary>
    public const int ShortWindow = 20;

    /// <summary>Long average window: 50 sessions (about a quarter).</summary>
    public const int LongWindow = 50;

    /// <summary>Mean volume of the <paramref name="sessions"/> sessions before each session, aligned to <paramref name="bars"/>.</summary>
    /// <param name="bars">Daily bars in ascending date order.</param>
    /// <param name="sessions">Window length, at least 1.</param>
    public static IReadOnlyList<double?> Average(IReadOnlyList<DailyBar> bars, int sessions)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentOutOfRangeException.ThrowIfLessThan(sessions, 1);
        var span = Bars.Span(bars);
        var result = new double?[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            result[i] = Mean(span, i, sessions);
        }

        return result;
    }

    /// <summary>Each session's volume over the mean of the <paramref name="sessions"/> sessions before it, aligned to <paramref name="bars"/>.</summary>
    /// <param name="bars">Daily bars in ascending date order.</param>
    /// <param name="sessions">Window length, at least 1.</param>
    public static IReadOnlyList<double?> Ratio(IReadOnlyList<DailyBar> bars, int sessions)
    {
        var averages = Average(bars, sessions);
        var result = new double?[averages.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Divide(bars[i].Volume, averages[i]);
        }

        return result;
    }

    /// <summary>
    /// The volume snapshot of the session at <paramref name="index"/>, or <see langword="null"/> when that
    /// session has no volume.
    /// </summary>
    /// <param name="bars">Daily bars in ascending date order.</param>
    /// <param name="index">Index of the session in <paramref name="bars"/>.</param>
    public static VolumeSnapshot? At(IReadOnlyList<DailyBar> bars, int index)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, bars.Count);
        return At(Bars.Span(bars), index);
    }

    internal static VolumeSnapshot? At(ReadOnlySpan<DailyBar> bars, int index)
    {
        if (bars[index].Volume is not { } volume)
        {
            return null;
        }

        var a20 = Mean(bars, index, ShortWindow);
        var a50 = Mean(bars, index, LongWindow);
        return new VolumeSnapshot(volume, a20, Divide(volume, a20), a50, Divide(volume, a50));
    }

    private static double? Mean(ReadOnlySpan<DailyBar> bars, int index, int sessions)
    {
        if (index < sessions)
        {
            return null;
        }

        var sum = 0.0;
        for (var i = index - sessions; i < index; i++)
        {
            if (bars[i].Volume is not { } v)
            {
                return null;
            }

            sum += v;
        }

        return sum / sessions;
    }

    private static double? Divide(double? volume, double? average) =>
        volume is { } v && average is { } a && a > 0 ? v / a : null;
}

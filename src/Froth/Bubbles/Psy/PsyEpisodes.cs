namespace Froth.Bubbles.Psy;

/// <summary>Date-stamping: the episodes where the BSADF sequence exceeds its critical values.</summary>
/// <remarks>
/// <para>Following Phillips, Shi &amp; Yu (2015, eq. 11), an episode originates at the first observation whose
/// BSADF exceeds its critical value and terminates at the first later observation where it no longer does. Each
/// maximal run of rejecting observations is one episode; with a minimum duration, completed runs shorter than
/// it are dropped (as exuber's <c>datestamp(min_duration=…)</c>), rather than bridged to the next run.</para>
/// <para>An observation rejects when both its BSADF and its critical value are defined and BSADF &gt; critical
/// value; an undefined value (warm-up, a degenerate window) does not reject.</para>
/// </remarks>
public static class PsyEpisodes
{
    /// <summary>The minimum duration <c>δ·ln T</c> of Phillips, Shi &amp; Yu (2015), in observations.</summary>
    public static double LogDuration(int count, double delta)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegative(delta);
        return delta * Math.Log(count);
    }

    /// <summary>Finds the episodes, oldest first.</summary>
    /// <param name="series">The series the statistics were computed on (to tell explosive from collapse).</param>
    /// <param name="bsadf">BSADF aligned to <paramref name="series"/> (<see cref="PsyResult.Bsadf"/>).</param>
    /// <param name="criticalValues">Critical value aligned to <paramref name="series"/> (e.g. the 95% sequence).</param>
    /// <param name="options">Minimum duration; <see langword="null"/> for none.</param>
    public static IReadOnlyList<PsyEpisode> Find(
        IReadOnlyList<double> series, IReadOnlyList<double?> bsadf, IReadOnlyList<double?> criticalValues, PsyEpisodeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(bsadf);
        ArgumentNullException.ThrowIfNull(criticalValues);
        if (bsadf.Count != series.Count || criticalValues.Count != series.Count)
        {
            throw new ArgumentException(
                $"The series ({series.Count}), BSADF ({bsadf.Count}) and critical values ({criticalValues.Count}) must be aligned (the same length).");
        }

        var minimum = options?.MinimumDuration ?? 0;
        var episodes = new List<PsyEpisode>();
        var n = series.Count;
        var t = 0;
        while (t < n)
        {
            if (!Rejects(bsadf[t], criticalValues[t]))
            {
                t++;
                continue;
            }

            var start = t;
            var peak = t;
            while (t < n && Rejects(bsadf[t], criticalValues[t]))
            {
                if (bsadf[t]!.Value > bsadf[peak]!.Value)
                {
                    peak = t;
                }

                t++;
            }

            var ongoing = t == n;
            var duration = t - start;
            if (!ongoing && duration < minimum)
            {
                continue;
            }

            var before = series[Math.Max(start - 1, 0)];
            var sign = series[peak] >= before ? PsyEpisodeSign.Explosive : PsyEpisodeSign.Collapse;
            episodes.Add(new PsyEpisode(start, peak, ongoing ? null : t, duration, ongoing, sign, bsadf[peak]!.Value));
        }

        return episodes;
    }

    private static bool Rejects(double? statistic, double? criticalValue) =>
        statistic is { } s && criticalValue is { } c && s > c;
}

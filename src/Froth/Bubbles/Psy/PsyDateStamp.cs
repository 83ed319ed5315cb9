using Froth.Series;

namespace Froth.Bubbles.Psy;

/// <summary>
/// PSY in one call on a dated series: the transform, the tests, their critical values (checked against the
/// tests' design) and the date-stamped episodes, every result keyed by date.
/// </summary>
/// <remarks>
/// <para>The statistics are <see cref="PsyTest.Run"/>'s (R exuber's <c>radf</c> and psymonitor's <c>PSY</c>), the
/// Monte Carlo critical values <see cref="PsyCriticalValues.MonteCarlo"/>'s, the episodes
/// <see cref="PsyEpisodes.Find"/>'s at the 95% level. Critical values given by the caller (a cached table, a wild
/// bootstrap, a file) must have been made for the same design: otherwise this refuses them, as exuber's
/// <c>assert_match</c> does.</para>
/// </remarks>
public static class PsyDateStamp
{
    /// <summary>Runs the tests and dates the episodes.</summary>
    /// <param name="series">Dated observations, strictly ascending dates, values the transform accepts.</param>
    /// <param name="options">Transform, design, null and minimum duration.</param>
    /// <param name="criticalValues">Critical values to use, or <see langword="null"/> to simulate them under <see cref="PsyDateStampOptions.MonteCarlo"/>.</param>
    /// <param name="progress">Receives replications done when simulating; may be null.</param>
    /// <param name="cancellationToken">Stops the simulation.</param>
    /// <exception cref="FrothException">Dates out of order, a value the transform cannot take, a series the tests refuse, or critical values of another design.</exception>
    public static PsyDatedResult Run(
        IReadOnlyList<ScalarPoint> series,
        PsyDateStampOptions options,
        PsyCriticalValueTable? criticalValues = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        for (var i = 1; i < series.Count; i++)
        {
            if (series[i].Date <= series[i - 1].Date)
            {
                throw new FrothException($"The PSY series' dates must be strictly ascending; {IsoDate.Format(series[i].Date)} follows {IsoDate.Format(series[i - 1].Date)}.");
            }
        }

        var values = ValueTransforms.Apply(options.Transform, series, "The PSY series");
        var statistics = PsyTest.Run(values, options.Test);
        var table = criticalValues ?? PsyCriticalValues.MonteCarlo(statistics.Count, options.Test, options.MonteCarlo, progress, cancellationToken);
        table.EnsureMatches(statistics);
        return Date(series, options, values, statistics, table);
    }

    /// <summary>
    /// Dates the episodes of statistics already computed (<see cref="PsyTest.Run"/> on <paramref name="values"/>, the
    /// transformed <paramref name="series"/>) with critical values of the same design.
    /// </summary>
    /// <exception cref="FrothException">The critical values were made for another design.</exception>
    public static PsyDatedResult Date(IReadOnlyList<ScalarPoint> series, PsyDateStampOptions options, IReadOnlyList<double> values, PsyResult statistics, PsyCriticalValueTable criticalValues)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(criticalValues);
        criticalValues.EnsureMatches(statistics);
        if (series.Count != statistics.Count || values.Count != statistics.Count)
        {
            throw new ArgumentException($"Expected the {statistics.Count} observations the statistics were computed on; got {series.Count} dates and {values.Count} values.", nameof(series));
        }

        var dates = series.Select(p => p.Date).ToArray();
        var cv95 = criticalValues.Bsadf95();
        var minimum = options.MinimumDurationDelta > 0 ? PsyEpisodes.LogDuration(statistics.Count, options.MinimumDurationDelta) : 0;
        var episodes = PsyEpisodes.Find(values, statistics.Bsadf, cv95, new PsyEpisodeOptions { MinimumDuration = minimum > 0 ? minimum : null });
        var runs = minimum > 0 ? PsyEpisodes.Find(values, statistics.Bsadf, cv95).Count : episodes.Count;
        var points = new PsyDatedPoint[statistics.Count - statistics.FirstIndex];
        for (var i = statistics.FirstIndex; i < statistics.Count; i++)
        {
            points[i - statistics.FirstIndex] = new PsyDatedPoint(dates[i], statistics.Bsadf[i], criticalValues.Bsadf[i]);
        }

        return new PsyDatedResult(
            dates,
            options.Transform,
            statistics,
            criticalValues,
            criticalValues.Distribution?.PValues(statistics),
            minimum,
            points,
            [.. episodes.Select(e => new PsyDatedEpisode(dates[e.Start], dates[e.Peak], e.End is { } end ? dates[end] : null, e.Duration, e.Ongoing, e.Sign, e.PeakValue, e))],
            runs - episodes.Count);
    }
}

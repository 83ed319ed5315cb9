namespace Froth.Reports.Building;

/// <summary>
/// The date a report is as of, and why. Unless a date is asked for, it is <b>the latest date the main series
/// share</b>: the latest session of the headline index (the first benchmark) on which at least half of the
/// benchmarks and at least nine in ten of the constituents (those listed by then) have a close. A benchmark whose
/// data end sooner is then compared up to its last close, and said so, rather than holding the whole report back.
/// A date asked for is moved back to the latest such date on or before it.
/// </summary>
/// <param name="Date">The as-of date.</param>
/// <param name="Requested">The date asked for, or <see langword="null"/>.</param>
/// <param name="Headline">The headline index, or <see langword="null"/> when the basket has no benchmark with data.</param>
/// <param name="BenchmarksWithClose">Benchmarks with a close on <paramref name="Date"/>.</param>
/// <param name="ConstituentsWithClose">Constituents with a close on it.</param>
/// <param name="ConstituentsListed">Constituents listed on or before it.</param>
/// <param name="Lagging">Benchmarks whose data end before <paramref name="Date"/>.</param>
/// <param name="LatestData">The latest date any constituent or benchmark has data for.</param>
internal sealed record AsOfChoice(
    DateOnly Date,
    DateOnly? Requested,
    SeriesInput? Headline,
    int BenchmarksWithClose,
    int ConstituentsWithClose,
    int ConstituentsListed,
    IReadOnlyList<SeriesInput> Lagging,
    DateOnly LatestData)
{
    /// <summary>Least share of the benchmarks with a close on the as-of date.</summary>
    public const double BenchmarkShare = 0.5;

    /// <summary>Least share of the listed constituents with a close on the as-of date.</summary>
    public const double ConstituentShare = 0.9;

    /// <summary>Applies the rule.</summary>
    /// <exception cref="FrothException">No date meets it (on or before the date asked for).</exception>
    public static AsOfChoice Choose(MarketInputs inputs, DateOnly? requested)
    {
        var headline = inputs.Benchmarks.Count > 0 ? inputs.Benchmarks[0] : null;
        var candidates = headline is not null
            ? headline.Bars.Select(b => b.Date)
            : inputs.Constituents.SelectMany(c => c.Bars.Select(b => b.Date)).Distinct();
        var latest = inputs.Constituents.Concat(inputs.Benchmarks).Max(s => s.Bars[^1].Date);
        foreach (var date in candidates.Where(d => requested is null || d <= requested).OrderDescending())
        {
            var benchmarks = inputs.Benchmarks.Count(b => b.HasSession(date));
            var listed = inputs.Constituents.Count(c => c.Bars[0].Date <= date);
            var constituents = inputs.Constituents.Count(c => c.HasSession(date));
            if (benchmarks >= BenchmarkShare * inputs.Benchmarks.Count && listed > 0 && constituents >= ConstituentShare * listed)
            {
                return new AsOfChoice(date, requested, headline, benchmarks, constituents, listed, [.. inputs.Benchmarks.Where(b => b.Bars[^1].Date < date)], latest);
            }
        }

        throw new FrothException(requested is { } r
            ? $"No date on or before {r:yyyy-MM-dd} has closes for at least half of the benchmarks and nine in ten of the constituents of '{inputs.Definition.Name}'; choose a later --as-of."
            : $"No date has closes for at least half of the benchmarks and nine in ten of the constituents of '{inputs.Definition.Name}'.");
    }
}

using Froth.Series;

namespace Froth.Analysis.Baskets;

/// <summary>
/// The one as-of policy of a basket, applied by every use case that reads one (its index and facts, its bubble tests,
/// its report, <c>froth basket</c>): unless a date is asked for, a basket is as of <b>the latest date its main series
/// share</b>, the latest session of the headline index (the first benchmark with data) on which at least half of the
/// benchmarks and at least nine in ten of the constituents listed by then have a close. A benchmark whose data end
/// sooner is compared up to its last close, and said so. A date asked for is moved back to the latest such date on
/// or before it. A basket without benchmarks, or a date before its headline index starts, uses the constituents'
/// sessions.
/// </summary>
public static class AsOfPolicy
{
    /// <summary>Least share of the benchmarks with a close on the as-of date.</summary>
    public const double BenchmarkShare = 0.5;

    /// <summary>Least share of the listed constituents with a close on the as-of date.</summary>
    public const double ConstituentShare = 0.9;

    /// <summary>Applies the policy.</summary>
    /// <exception cref="FrothException">No date meets it (on or before the date asked for).</exception>
    public static AsOfDecision Choose(BasketInputs inputs, DateOnly? requested)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var headline = inputs.Benchmarks.Count > 0 ? inputs.Benchmarks[0] : null;

        // The headline index's sessions; before it starts (or without one), the constituents'.
        var candidates = headline is not null && (requested is null || headline.Values[0].Date <= requested)
            ? headline.Values.Select(b => b.Date)
            : inputs.Constituents.SelectMany(c => c.Values.Select(b => b.Date)).Distinct();
        var latest = inputs.LatestData;
        foreach (var date in candidates.Where(d => requested is null || d <= requested).OrderDescending())
        {
            var benchmarks = inputs.Benchmarks.Count(b => Sessions.Has(b.Values, date));
            var listed = inputs.Constituents.Count(c => c.Values[0].Date <= date);
            var constituents = inputs.Constituents.Count(c => Sessions.Has(c.Values, date));
            if (benchmarks >= BenchmarkShare * inputs.Benchmarks.Count && listed > 0 && constituents >= ConstituentShare * listed)
            {
                var detail = new BasketAsOf(
                    headline is null ? null : SeriesIdentity.Of(headline), benchmarks, constituents, listed, [.. inputs.Benchmarks.Where(b => b.Values[^1].Date < date).Select(SeriesIdentity.Of)], latest);
                return new AsOfDecision(date, requested, AsOfRule.SharedSession, detail);
            }
        }

        var name = inputs.Definition.Name;
        throw new FrothException(requested is { } r
            ? $"No date on or before {IsoDate.Format(r)} has closes for at least half of the benchmarks and nine in ten of the constituents of '{name}'; choose a later --as-of."
            : $"No date has closes for at least half of the benchmarks and nine in ten of the constituents of '{name}'.");
    }
}

using Froth.Analysis.Series;
using Froth.Series;

namespace Froth.Analysis.Baskets;

/// <summary>
/// The date a use case is as of, and why. Nothing dated after <see cref="Date"/> is read.
/// </summary>
/// <param name="Date">The as-of date: a session of the series (or, for a basket, of its headline index).</param>
/// <param name="Requested">The date asked for, or <see langword="null"/>.</param>
/// <param name="Rule">The rule that chose it.</param>
/// <param name="Basket">For a basket, how many of its series have a close that day and which trail it; otherwise <see langword="null"/>.</param>
public sealed record AsOfDecision(DateOnly Date, DateOnly? Requested, AsOfRule Rule, BasketAsOf? Basket)
{
    /// <summary>The decision for a single series of bars: its last session on or before <paramref name="requested"/> (its last when null).</summary>
    /// <exception cref="FrothException">No bars, or every bar is after the date asked for.</exception>
    public static AsOfDecision ForSeries<T>(IReadOnlyList<T> values, DateOnly? requested, string what)
        where T : IDated
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new FrothException($"{what} has no data.");
        }

        if (requested is not { } date)
        {
            return new AsOfDecision(values[^1].Date, null, AsOfRule.LastSession, null);
        }

        var i = Sessions.LastOnOrBefore(values, date);
        return i >= 0
            ? new AsOfDecision(values[i].Date, date, AsOfRule.SessionOnOrBefore, null)
            : throw new FrothException($"{what} has no data on or before {IsoDate.Format(date)}; its first date is {IsoDate.Format(values[0].Date)}.");
    }
}

/// <summary>A stored series named without its values: the instrument and the source read.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Source">The source, with its range and provenance.</param>
public sealed record SeriesIdentity(Instrument Instrument, Data.MarketData.SeriesSource Source)
{
    /// <summary>The identity of a series read.</summary>
    public static SeriesIdentity Of<T>(SeriesRead<T> series)
        where T : IDated
    {
        ArgumentNullException.ThrowIfNull(series);
        return new SeriesIdentity(series.Instrument, series.Source);
    }
}

/// <summary>How a basket's as-of date was chosen (<see cref="AsOfPolicy"/>).</summary>
/// <param name="Headline">The headline index (the first benchmark with data), or <see langword="null"/>.</param>
/// <param name="BenchmarksWithClose">Benchmarks with a close on the as-of date.</param>
/// <param name="ConstituentsWithClose">Constituents with a close on it.</param>
/// <param name="ConstituentsListed">Constituents listed on or before it.</param>
/// <param name="Lagging">Benchmarks whose data end before it (their source's last date): compared up to their last close.</param>
/// <param name="LatestData">The latest date any constituent or benchmark has data for.</param>
public sealed record BasketAsOf(
    SeriesIdentity? Headline,
    int BenchmarksWithClose,
    int ConstituentsWithClose,
    int ConstituentsListed,
    IReadOnlyList<SeriesIdentity> Lagging,
    DateOnly LatestData);

using Froth.Analysis.Subjects;
using Froth.Rally;
using Froth.Series;

namespace Froth.Analysis.Rally;

/// <summary>The rally facts use case: one subject, one date, optionally against a benchmark.</summary>
public static class FactsQueries
{
    /// <summary>Days a benchmark's (or the series') last close may trail the as-of date before a note says so (a long weekend plus holidays).</summary>
    public const int StaleDays = 5;

    /// <summary>The facts of <paramref name="subject"/>.</summary>
    /// <exception cref="FrothException">A subject without prices, contradictory dates, or a benchmark without data by the date.</exception>
    public static FactsAnalysis Compute(Workspace workspace, Subject subject, FactsRequest request)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(request);
        return Compute(workspace, SubjectSeries.Read(workspace, subject, request.AsOf, request.Source), request);
    }

    /// <summary>The facts of prices already read.</summary>
    public static FactsAnalysis Compute(Workspace workspace, SubjectSeries series, FactsRequest request)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(request);
        var options = Options(series, request);
        var notes = new List<string>();
        if (Notes.Adjustment(series.Info) is { } note)
        {
            notes.Add(note);
        }

        SubjectSeries? benchmark = null;
        if (request.Benchmark is { } name)
        {
            benchmark = SubjectSeries.Read(workspace, SubjectResolver.Resolve(workspace, name), series.AsOf.Date);
            if (Notes.Adjustment(benchmark.Info) is { } bnote)
            {
                notes.Add(bnote);
            }
        }

        var facts = RallyFacts.Compute(series.Prices.Values, options, benchmark?.Prices.Values);
        var warnings = new List<string>();
        if (facts.Relative is { } rel && facts.AsOf.DayNumber - rel.BenchmarkAsOf.DayNumber > StaleDays)
        {
            warnings.Add($"{benchmark!.Info.Key}'s last close on or before {IsoDate.Format(facts.AsOf)} is {IsoDate.Format(rel.BenchmarkAsOf)}: its returns stop there.");
        }

        if (request.AsOf is { } requested && requested.DayNumber - facts.AsOf.DayNumber > StaleDays)
        {
            warnings.Add($"{series.Info.Key}'s data end on {IsoDate.Format(facts.AsOf)}, {requested.DayNumber - facts.AsOf.DayNumber} days before the as-of date {IsoDate.Format(requested)}: the facts are as of {IsoDate.Format(facts.AsOf)}.");
        }

        notes.AddRange(warnings);
        return new FactsAnalysis(series.Info, series.AsOf, facts, benchmark?.Info, notes, warnings);
    }

    /// <summary>
    /// The library's options for a subject: as of the date asked for (an instrument's facts then know whether its last
    /// week is still in progress) or, for a basket, as of the date the as-of policy chose, the one date all its figures share.
    /// </summary>
    public static RallyOptions Options(SubjectSeries series, FactsRequest request)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(request);
        var asOf = series.Basket is null ? request.AsOf ?? series.AsOf.Date : series.AsOf.Date;
        var options = new RallyOptions { AsOf = asOf, From = request.From, To = request.To, StreaksSince = request.StreaksSince };
        if (options.From is { } f && options.To is { } t && f > t)
        {
            throw new FrothException($"--from {IsoDate.Format(f)} is after --to {IsoDate.Format(t)}; expected --from ≤ --to.");
        }

        if (options.From is { } from && from > asOf)
        {
            throw new FrothException($"--from {IsoDate.Format(from)} is after the as-of date {IsoDate.Format(asOf)}; expected --from ≤ --as-of.");
        }

        options.Validate();
        return options;
    }
}

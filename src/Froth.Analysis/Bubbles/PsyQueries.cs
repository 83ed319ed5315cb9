using System.Globalization;
using Froth.Analysis.Baskets;
using Froth.Analysis.Series;
using Froth.Analysis.Subjects;
using Froth.Bubbles.Psy;
using Froth.Data.Cache;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Analysis.Bubbles;

/// <summary>The PSY use case: the sample, the critical values (through the cache), the tests and the dated episodes of one subject.</summary>
public static class PsyQueries
{
    /// <summary>The stage name progress is reported under.</summary>
    public const string Stage = "PSY critical values";

    /// <summary>PSY on a stored instrument's closes (or a stored valuation or macro series' values), or a basket's index.</summary>
    /// <exception cref="FrothException">No data by the date, a value the transform cannot take, a sample too short for the window, or critical values of another design.</exception>
    public static PsyAnalysis Run(Workspace workspace, Subject subject, PsyRequest request, BubbleSettings? settings = null, IProgress<BubbleProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(request);
        if (subject.Kind == SubjectKind.Instrument && !subject.Instrument!.HasBars)
        {
            var instrument = subject.Instrument;
            var read = SeriesReader.Values(workspace.Market, instrument)
                ?? throw new FrothException($"{instrument.Symbol} ({instrument.Name}) has no values in the store.");
            var decision = AsOfDecision.ForSeries(read.Values, request.AsOf, instrument.Symbol);
            var info = new SubjectInfo(instrument.Symbol, instrument.Name, SubjectKind.Instrument, instrument, read.Source);
            return Run(workspace, info, decision, Sessions.Until(read.Values, decision.Date), request, wholeByDefault: false, settings, progress, cancellationToken);
        }

        var series = SubjectSeries.Read(workspace, subject, request.AsOf);
        return Run(workspace, series.Info, series.AsOf, series.Closes, request, wholeByDefault: false, settings, progress, cancellationToken);
    }

    /// <summary>PSY on dated values already read (up to the as-of date); <paramref name="wholeByDefault"/> tests them all unless the request says otherwise (a file), instead of the last <see cref="BubbleSettings.PsyObservations"/>.</summary>
    public static PsyAnalysis Run(
        Workspace workspace,
        SubjectInfo subject,
        AsOfDecision asOf,
        IReadOnlyList<ScalarPoint> values,
        PsyRequest request,
        bool wholeByDefault,
        BubbleSettings? settings = null,
        IProgress<BubbleProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(request);
        settings ??= BubbleSettings.Default;
        var sample = Sample(values, request, wholeByDefault, settings, subject.Key, out var rule);
        var options = new PsyDateStampOptions
        {
            Transform = request.Transform,
            Test = request.Test,
            MonteCarlo = request.MonteCarlo ?? settings.MonteCarlo,
            MinimumDurationDelta = request.MinDurationDelta ?? settings.MinDurationDelta,
        };
        var transformed = ValueTransforms.Apply(request.Transform, sample, subject.Key);
        var statistics = PsyTest.Run(transformed, options.Test);
        var (table, method) = CriticalValues(workspace.Cache, transformed, statistics, options, request, progress, cancellationToken);
        var result = PsyDateStamp.Date(sample, options, transformed, statistics, table);
        var info = new PsySample(sample[0].Date, sample[^1].Date, sample.Count, rule, request.Frequency);
        return new PsyAnalysis(subject, asOf, info, result, method, Notes(result, options.MinimumDurationDelta));
    }

    /// <summary>
    /// PSY on values without dates (a file with no date column, such as the PSY papers' simulated series): the same
    /// tests, critical values and episodes, counted in observations.
    /// </summary>
    public static PsyUndatedAnalysis RunUndated(Workspace workspace, string label, IReadOnlyList<double> values, PsyRequest request, BubbleSettings? settings = null, IProgress<BubbleProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Frequency is { } f && f != Frequency.Daily)
        {
            throw new FrothException($"--frequency {f.ToString().ToLowerInvariant()} needs dates, and {label} has no date column.");
        }

        settings ??= BubbleSettings.Default;
        var sample = request.Sessions is { } n && values.Count > n ? values.Skip(values.Count - n).ToList() : values;
        var options = new PsyDateStampOptions
        {
            Transform = request.Transform,
            Test = request.Test,
            MonteCarlo = request.MonteCarlo ?? settings.MonteCarlo,
            MinimumDurationDelta = request.MinDurationDelta ?? settings.MinDurationDelta,
        };
        options.Validate();
        var transformed = new double[sample.Count];
        for (var i = 0; i < transformed.Length; i++)
        {
            transformed[i] = ValueTransforms.TryApply(request.Transform, sample[i])
                ?? throw new FrothException($"{label}: observation {i + 1} is {sample[i].ToString("R", CultureInfo.InvariantCulture)}; expected {ValueTransforms.Expected(request.Transform)}.");
        }

        var statistics = PsyTest.Run(transformed, options.Test);
        var (table, method) = CriticalValues(workspace.Cache, transformed, statistics, options, request, progress, cancellationToken);
        table.EnsureMatches(statistics);
        var cv95 = table.Bsadf95();
        var minimum = options.MinimumDurationDelta > 0 ? PsyEpisodes.LogDuration(statistics.Count, options.MinimumDurationDelta) : 0;
        var episodes = PsyEpisodes.Find(transformed, statistics.Bsadf, cv95, new PsyEpisodeOptions { MinimumDuration = minimum > 0 ? minimum : null });
        var runs = minimum > 0 ? PsyEpisodes.Find(transformed, statistics.Bsadf, cv95).Count : episodes.Count;
        return new PsyUndatedAnalysis(label, statistics.Count, request.Transform, statistics, table, table.Distribution?.PValues(statistics), minimum, episodes, runs - episodes.Count, method);
    }

    /// <summary>Monte Carlo critical values for <paramref name="count"/> observations, through the cache (<c>froth bubble psy-critical-values</c>).</summary>
    /// <exception cref="FrothException">The window or lag does not fit <paramref name="count"/>, or too few replications.</exception>
    public static PsyCriticalValuesAnalysis MonteCarlo(Workspace workspace, int count, PsyOptions options, PsyMonteCarloOptions monteCarlo, bool noCache = false, IProgress<BubbleProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(monteCarlo);
        var window = PsyTest.Window(count, options);
        var key = PsyCriticalValueCache.MonteCarloKey(count, options, monteCarlo);
        var reporter = Reporter(progress, monteCarlo.Replications);
        var (table, cached) = Cached(workspace.Cache, key, noCache, () => PsyCriticalValues.MonteCarlo(count, options, monteCarlo, reporter, cancellationToken));
        return new PsyCriticalValuesAnalysis(window, options.Lag, monteCarlo, table, cached);
    }

    private static IReadOnlyList<ScalarPoint> Sample(IReadOnlyList<ScalarPoint> values, PsyRequest request, bool wholeByDefault, BubbleSettings settings, string what, out PsySampleRule rule)
    {
        IReadOnlyList<ScalarPoint> series = values;
        if (request.Frequency is { } f && f != Frequency.Daily)
        {
            series = [.. PeriodSampling.LastOfEachPeriod([.. values.Select(v => v.Date)], f).Select(i => values[i])];
        }

        if (request.From is { } from)
        {
            rule = PsySampleRule.FromDate;
            series = [.. series.Where(v => v.Date >= from)];
        }
        else if (request.Sessions is { } n || !wholeByDefault)
        {
            rule = PsySampleRule.LastSessions;
            var count = request.Sessions ?? settings.PsyObservations;
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
            series = series.Count > count ? [.. series.Skip(series.Count - count)] : series;
        }
        else
        {
            rule = PsySampleRule.Whole;
        }

        if (series.Count == 0)
        {
            throw new FrothException(request.From is { } start
                ? $"{what} has no observations from {IsoDate.Format(start)} to the as-of date; the PSY tests need a series."
                : $"{what} has no observations; the PSY tests need a series.");
        }

        return series;
    }

    private static (PsyCriticalValueTable Table, PsyCriticalValueMethod Method) CriticalValues(
        FileCache? cache, double[] values, PsyResult statistics, PsyDateStampOptions options, PsyRequest request, IProgress<BubbleProgress>? progress, CancellationToken cancellationToken)
    {
        if (request.CriticalValuesFile is { } file)
        {
            var rows = CriticalValueFile.Read(file, statistics.Count - statistics.FirstIndex);
            return (PsyCriticalValues.FromSequence(statistics, rows), new PsyCriticalValueMethod("file", null, null, null, null, file, false));
        }

        if (request.WildBootstrap is { } bootstrap)
        {
            var key = PsyCriticalValueCache.WildBootstrapKey(values, options.Test, bootstrap);
            var reporter = Reporter(progress, bootstrap.Replications);
            var (table, cached) = Cached(cache, key, request.NoCache, () => PsyCriticalValues.WildBootstrap(values, options.Test, bootstrap, reporter, cancellationToken));
            return (table, new PsyCriticalValueMethod(
                "wild-bootstrap", bootstrap.Replications, bootstrap.Seed, null, bootstrap.BsadfNull, null, cached, PsyMeasuredSize.Nearest(PsySizeMethod.WildBootstrap, statistics.Count)));
        }

        var monteCarlo = options.MonteCarlo;
        var mcKey = PsyCriticalValueCache.MonteCarloKey(statistics.Count, options.Test, monteCarlo);
        var mcReporter = Reporter(progress, monteCarlo.Replications);
        var (mc, mcCached) = Cached(cache, mcKey, request.NoCache, () => PsyCriticalValues.MonteCarlo(statistics.Count, options.Test, monteCarlo, mcReporter, cancellationToken));
        progress?.Report(new BubbleProgress(Stage, monteCarlo.Replications, monteCarlo.Replications));
        return (mc, new PsyCriticalValueMethod(
            "monte-carlo", monteCarlo.Replications, monteCarlo.Seed, monteCarlo.Drift, monteCarlo.BsadfNull, null, mcCached, PsyMeasuredSize.Nearest(PsySizeMethod.MonteCarlo, statistics.Count)));
    }

    private static (PsyCriticalValueTable Table, bool Cached) Cached(FileCache? cache, CacheKey key, bool noCache, Func<PsyCriticalValueTable> compute)
    {
        if (cache is null)
        {
            return (compute(), false);
        }

        if (!noCache && cache.TryGet<PsyCriticalValueTable>(key, out var hit))
        {
            return (hit!, true);
        }

        var table = compute();
        cache.Set(key, table);
        return (table, false);
    }

    private static IProgress<int>? Reporter(IProgress<BubbleProgress>? progress, int total) =>
        progress is null ? null : new Progress<int>(done => progress.Report(new BubbleProgress(Stage, done, total)));

    /// <summary>What happened, in the words every interface prints.</summary>
    private static IReadOnlyList<string> Notes(PsyDatedResult result, double delta)
    {
        var notes = new List<string>();
        var last = result.Last;
        if (last.Bsadf is { } b && last.CriticalValue is { } cv)
        {
            var current = result.Current;
            var state = current is null
                ? "not in an episode"
                : $"in {(current.Sign == PsyEpisodeSign.Explosive ? "an explosive" : "a collapse")} episode since {IsoDate.Format(current.Start)}";
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"On {IsoDate.Format(last.Date)} BSADF is {b:0.000}, {(b > cv.Cv95 ? "above" : "below")} its 95% critical value of {cv.Cv95:0.000}: {state}."));
        }

        if (result.ShortRuns > 0)
        {
            notes.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"BSADF exceeded its 95% critical value in {result.ShortRuns} {(result.ShortRuns == 1 ? "run" : "runs")} shorter than the minimum duration of {result.MinimumDuration:0.#} observations (δ·ln T, δ = {delta:0.###}), not counted as {(result.ShortRuns == 1 ? "an episode" : "episodes")}; --min-duration-delta 0 keeps every run."));
        }

        if (result.Episodes.Count == 0 && result.ShortRuns == 0)
        {
            notes.Add("BSADF never exceeds its 95% critical value in the sample: no episode.");
        }

        return notes;
    }
}

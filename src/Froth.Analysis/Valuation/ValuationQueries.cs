using System.Globalization;
using Froth.Analysis.Baskets;
using Froth.Analysis.Lookup;
using Froth.Analysis.Series;
using Froth.Data.MarketData;
using Froth.Data.Symbols;
using Froth.Series;
using Froth.Valuation;

namespace Froth.Analysis.Valuation;

/// <summary>The valuation use cases: one valuation series against its history, and a basket's benchmarks'.</summary>
public static class ValuationQueries
{
    /// <summary>Days between the as-of date and the value's date beyond which the value is reported as old.</summary>
    public const int OldValueDays = 10;

    /// <summary>
    /// Finds the subject and valuation series a name stands for: <c>HSTECH</c> is <c>HSTECH.HK</c> and its P/E
    /// <c>HSTECH.HK:PE</c>; a valuation series may be named directly (<c>STAR50:PE</c>, <c>HSTECH.HK:ERP</c>).
    /// </summary>
    /// <exception cref="LookupException">Nothing is stored under that name, nor a P/E of it.</exception>
    public static ValuationTarget Find(IMarketData market, string name)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(name);
        var lookup = SymbolLookup.Find(market, name);
        if (!lookup.IsFound && !name.Contains(':', StringComparison.Ordinal) && SymbolLookup.Find(market, $"{name.Trim()}:PE") is { IsFound: true } pe)
        {
            // The store holds the P/E without the subject's prices.
            lookup = pe;
        }

        var resolved = lookup.Require();
        var colon = resolved.Symbol.LastIndexOf(':');
        var subject = resolved.Kind is InstrumentKind.Valuation or InstrumentKind.Macro && colon > 0 ? resolved.Symbol[..colon] : resolved.Symbol;
        var priced = market.Matches(subject).FirstOrDefault(i => i.Symbol == subject && i.HasBars);
        var series = resolved.Kind switch
        {
            InstrumentKind.Valuation => resolved,
            InstrumentKind.Macro => null,
            _ => market.Matches($"{subject}:PE").FirstOrDefault(i => i.Symbol == $"{subject}:PE"),
        };
        var displayName = priced?.Name ?? SymbolCatalog.Find(subject)?.Name ?? subject;
        return new ValuationTarget(subject, displayName, priced, series);
    }

    /// <summary>One valuation series against its history.</summary>
    /// <exception cref="FrothException">No valuation series, no observation by the date, too short a history (unless allowed), or a bad comparison.</exception>
    public static ValuationAnalysis Compute(IMarketData market, ValuationTarget target, ValuationRequest request)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(request);
        var series = RequireSeries(market, target);
        var source = SeriesReader.Choose(market, series, request.Source) ?? throw new FrothException($"{series.Symbol} has no data in the store.");
        var date = request.AsOf ?? source.Last;
        var options = ValuationOptions.Default with { Years = request.Years, NonPositiveIsLoss = target.IsEarningsMultiple };
        var (snapshot, read) = Snapshot(market, series.Symbol, source, date, options);
        var history = snapshot.History;
        if (history.IsShort && !request.AllowShort)
        {
            throw new FrothException(
                $"{series.Symbol} (source {source.Source}) has {Years(history.CoveredYears)} years of history up to {IsoDate.Format(date)} "
                + $"(it starts on {IsoDate.Format(source.First)}); --years {options.Years} asks for {options.Years}. "
                + $"Pass --allow-short to use the {Years(history.CoveredYears)} years there are, or ask for fewer years.");
        }

        var warnings = new List<string>();
        var sources = market.Sources(series.Symbol);
        Describe(warnings, series.Symbol, source, sources, snapshot, isSubject: true);
        var breaks = SeriesBreaks(market, series.Symbol, snapshot);
        warnings.AddRange(breaks.Select(b => b.Warning));
        var comparisons = new List<ValuationComparisonItem>();
        foreach (var other in request.Compare)
        {
            comparisons.Add(CompareWith(market, target, snapshot, other, date, options, warnings));
        }

        foreach (var given in request.CompareMultiples)
        {
            var c = ValuationComparison.WithMultiple(snapshot, given.Multiple);
            comparisons.Add(new ValuationComparisonItem(given.Label, null, null, given.Multiple, null, null, null, null, c));
        }

        return new ValuationAnalysis(target.Subject, target.Name, series.Symbol, series.Name, target.Metric, series.Unit, source, [.. sources.Select(s => s.Source)], read, snapshot, comparisons, warnings)
        {
            Breaks = [.. breaks.Select(b => b.Date)],
        };
    }

    /// <summary>
    /// A basket's valuation: each benchmark's P/E against its own history as of the basket's date; a benchmark without a
    /// P/E series, without an observation by then, or with less history than asked is left out and named.
    /// </summary>
    public static BasketValuation ForBasket(IMarketData market, BasketInputs inputs, AsOfDecision asOf, ValuationRequest request)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(request);
        var included = new List<ValuationAnalysis>();
        var skipped = new List<ValuationShortfall>();
        foreach (var b in inputs.Benchmarks)
        {
            var symbol = b.Instrument.Symbol;
            var target = Find(market, symbol);
            if (target.Series is null || market.Sources(target.Series.Symbol).Count == 0)
            {
                skipped.Add(new ValuationShortfall(symbol, ShortfallKind.NoSeries, $"{symbol}: no P/E series in the store"));
                continue;
            }

            try
            {
                var analysis = Compute(market, target, request with { AsOf = asOf.Date, AllowShort = true, Compare = [], CompareMultiples = [] });
                if (analysis.Snapshot.History.IsShort && !request.AllowShort)
                {
                    skipped.Add(new ValuationShortfall(symbol, ShortfallKind.ShortHistory, $"{target.Series.Symbol}: {Years(analysis.Snapshot.History.CoveredYears)} years of history, fewer than the {request.Years} asked for"));
                    continue;
                }

                included.Add(analysis);
            }
            catch (FrothException e)
            {
                // An expected shortfall (no observation by the date, a window without values): stated, not swallowed.
                skipped.Add(new ValuationShortfall(symbol, ShortfallKind.NoValue, $"{target.Series.Symbol}: {e.Message}"));
            }
        }

        return new BasketValuation(inputs.Definition.Name, asOf, included, skipped);
    }

    /// <summary>Days between a date asked for and the date a decomposition uses beyond which a warning says so.</summary>
    public const int FarDays = 10;

    /// <summary>The index's price return from <paramref name="from"/> to <paramref name="to"/> split into earnings growth and re-rating (implied earnings = price ÷ P/E).</summary>
    /// <exception cref="FrothException">No prices or no P/E, a series that is no P/E, dates out of order, or no date with both.</exception>
    public static DecompositionAnalysis Decompose(IMarketData market, ValuationTarget target, DateOnly from, DateOnly to, string? priceSource = null, string? peSource = null)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(target);
        if (from >= to)
        {
            throw new FrothException($"--from {IsoDate.Format(from)} must be before --to {IsoDate.Format(to)}.");
        }

        var priced = RequirePrices(target);
        var series = RequireSeries(market, target);
        if (!target.IsEarningsMultiple)
        {
            throw new FrothException($"{series.Symbol} is not a P/E; the decomposition needs one (name the index, e.g. {target.Subject}).");
        }

        var prices = SeriesReader.Choose(market, priced, priceSource) ?? throw new FrothException($"{priced.Symbol} has no data in the store.");
        var pes = SeriesReader.Choose(market, series, peSource) ?? throw new FrothException($"{series.Symbol} has no data in the store.");
        var closes = SeriesReader.Closes(market.Bars(priced.Symbol, null, to, prices.Source));
        var pe = market.Scalars(series.Symbol, null, to, pes.Source);
        DecompositionResult d;
        try
        {
            d = ReturnDecomposition.Compute(closes, pe, from, to);
        }
        catch (FrothException e)
        {
            throw new FrothException($"{priced.Symbol} (prices {prices.Source}, P/E {pes.Source}): {e.Message}", e);
        }

        var warnings = new List<string>();
        foreach (var (asked, used, what) in new[] { (from, d.Start, "--from"), (to, d.End, "--to") })
        {
            if (asked.DayNumber - used.DayNumber > FarDays)
            {
                warnings.Add($"{what} {IsoDate.Format(asked)}: the latest date on or before it with both a price and a P/E is {IsoDate.Format(used)}, {asked.DayNumber - used.DayNumber} days earlier.");
            }

            if (ValuationHistory.StaleAt(pe, used) is { Flag: true } stale)
            {
                warnings.Add(
                    $"The P/E on {IsoDate.Format(used)} is stale: unchanged since {IsoDate.Format(stale.Since)} ({stale.SessionsUnchanged} observations), "
                    + "so the price change after that date shows up as earnings growth. Choose an earlier date or another --pe-source.");
            }
        }

        return new DecompositionAnalysis(target.Subject, target.Name, prices, series.Symbol, pes, from, to, d, warnings);
    }

    /// <summary>The target's prices instrument, or an error saying there are none.</summary>
    /// <exception cref="FrothException">The store holds no daily bars for the subject.</exception>
    public static Instrument RequirePrices(ValuationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Priced ?? throw new FrothException(
            $"{target.Subject} ({target.Name}) has no daily prices in the store; import a price file of it first (for example prices/cn_index/…).");
    }

    /// <summary>The target's valuation series, or an error listing the subjects that have a P/E.</summary>
    /// <exception cref="FrothException">The store holds no valuation series for the subject.</exception>
    public static Instrument RequireSeries(IMarketData market, ValuationTarget target)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Series is { } s)
        {
            return s;
        }

        var withPe = market.Instruments()
            .Where(i => i.Kind == InstrumentKind.Valuation && i.Symbol.EndsWith(":PE", StringComparison.Ordinal))
            .Select(i => DescribeSubject(i.Symbol[..^3]))
            .ToList();
        var list = withPe.Count == 0
            ? "the store holds no P/E series at all (import the valuation files, e.g. valuation/hstech_pe_lixinger.csv)"
            : $"symbols with one: {string.Join(", ", withPe)}";
        throw new FrothException($"{target.Subject} ({target.Name}) has no valuation series {target.Subject}:PE in the store; {list}.");
    }

    private static (ValuationSnapshot Snapshot, int Read) Snapshot(IMarketData market, string series, SeriesSource source, DateOnly asOf, ValuationOptions options)
    {
        var points = market.Scalars(series, null, asOf, source.Source);
        if (points.Count == 0)
        {
            throw new FrothException($"{series} (source {source.Source}) has no observation on or before {IsoDate.Format(asOf)}; it starts on {IsoDate.Format(source.First)}.");
        }

        try
        {
            return (ValuationHistory.Compute(points, asOf, options), points.Count);
        }
        catch (FrothException e)
        {
            throw new FrothException($"{series} (source {source.Source}): {e.Message}", e);
        }
    }

    private static ValuationComparisonItem CompareWith(
        IMarketData market, ValuationTarget subject, ValuationSnapshot snapshot, string otherName, DateOnly asOf, ValuationOptions options, List<string> warnings)
    {
        var other = Find(market, otherName);
        var series = RequireSeries(market, other);
        if (other.Metric != subject.Metric)
        {
            throw new FrothException($"--compare {otherName}: {series.Symbol} is a {other.Metric.ToUpperInvariant()} series and {subject.Subject}'s is a {subject.Metric.ToUpperInvariant()}; compare like with like.");
        }

        var source = SeriesReader.Choose(market, series, null) ?? throw new FrothException($"{series.Symbol} has no data in the store.");
        var (theirs, _) = Snapshot(market, series.Symbol, source, asOf, options with { NonPositiveIsLoss = other.IsEarningsMultiple });
        Describe(warnings, series.Symbol, source, market.Sources(series.Symbol), theirs, isSubject: false);
        if (theirs.History.IsShort)
        {
            warnings.Add($"{series.Symbol} has only {Years(theirs.History.CoveredYears)} years of history up to {IsoDate.Format(asOf)}; its percentile is over those.");
        }

        return new ValuationComparisonItem(other.Subject, series.Symbol, source.Source, theirs.Value, theirs.ValueDate, theirs.Stale.Flag ? theirs.Stale.Since : null, theirs.History.Percentile, ValuationComparison.Between(snapshot, theirs), null);
    }

    /// <summary>The notes a reader needs: a stale or old value, losses in the window, an average dragged by near-zero earnings.</summary>
    /// <summary>
    /// Warnings for the <c>series-break</c> issues the store holds for <paramref name="symbol"/> dated inside the snapshot's
    /// history window: statistics across such a date mix two sources (the Nasdaq-100 P/E's 2026-04-20 change of collection).
    /// </summary>
    public static IReadOnlyList<(DateOnly Date, string Warning)> SeriesBreaks(IMarketData market, string symbol, ValuationSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (market is not Froth.Data.Store.StoreMarketData store)
        {
            return [];
        }

        return [.. store.Issues(symbol)
            .Where(i => i.Issue.Rule == Froth.Data.Quality.QualityRuleIds.SeriesBreak && i.Issue.Date is { } d && d > snapshot.History.WindowStart && d <= snapshot.ValueDate)
            .Select(i => (i.Issue.Date!.Value, $"{symbol} has a series break on {IsoDate.Format(i.Issue.Date!.Value)} (quality rule series-break: {i.Issue.Message}); its statistics since {IsoDate.Format(snapshot.History.WindowStart)} mix the values of two sources across that date."))];
    }

    private static void Describe(List<string> warnings, string series, SeriesSource source, IReadOnlyList<SeriesSource> all, ValuationSnapshot s, bool isSubject)
    {
        var value = s.Value.ToString("G6", CultureInfo.InvariantCulture);
        if (s.Stale.Flag)
        {
            var others = all.Where(o => o.Source != source.Source).Select(o => $"{o.Source} (to {IsoDate.Format(o.Last)})").ToList();
            warnings.Add(
                $"{series} (source {source.Source}) is stale: {value} is repeated unchanged on {s.Stale.SessionsUnchanged} observations after {IsoDate.Format(s.Stale.Since)}. "
                + $"It is still the latest observation, but it really dates from {IsoDate.Format(s.Stale.Since)} (a forward-filled source); its repeats count once in the history."
                + (others.Count == 0 ? string.Empty : $" Other sources{(isSubject ? " (choose one with --source)" : string.Empty)}: {string.Join(", ", others)}."));
        }
        else if (s.AsOf.DayNumber - s.ValueDate.DayNumber > OldValueDays)
        {
            warnings.Add($"{series} (source {source.Source}) has no observation after {IsoDate.Format(s.ValueDate)}: the value is {s.AsOf.DayNumber - s.ValueDate.DayNumber} days older than the as-of date {IsoDate.Format(s.AsOf)}.");
        }

        var h = s.History;
        if (h.LossObservations > 0)
        {
            warnings.Add(
                $"{series}: {h.LossObservations} of {h.Observations} observations from {IsoDate.Format(h.From)} to {IsoDate.Format(h.To)} are ≤ 0 (losses, no multiple): they are left out of the "
                + "average, median, min, max and z-score, and rank as dearer than any positive value in the percentile.");
        }

        if (h.Average is { } avg && h.Median is { } med && med > 0 && avg > 1.5 * med)
        {
            warnings.Add(
                $"{series}: the {h.Years}-year average ({avg.ToString("F1", CultureInfo.InvariantCulture)}) is more than 1.5 times the median ({med.ToString("F1", CultureInfo.InvariantCulture)}): "
                + "a few observations with earnings near zero dominate it and the z-score; the percentile"
                + (h.EarningsYieldZScore is null ? string.Empty : " and the earnings-yield z-score")
                + " are the better guide.");
        }
    }

    private static string Years(double years) => years.ToString("F1", CultureInfo.InvariantCulture);

    private static string DescribeSubject(string subject)
    {
        var alias = SymbolCatalog.Find(subject)?.Aliases.FirstOrDefault();
        return alias is null ? subject : $"{subject} ({alias})";
    }
}

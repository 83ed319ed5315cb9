using System.CommandLine;
using System.Globalization;
using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Series;
using Froth.Valuation;

namespace Froth.Cli.Commands.Valuation;

/// <summary><c>froth valuation SYMBOL</c>: a valuation series (the P/E by default) on an as-of date against its own history.</summary>
public static class ValuationCommand
{
    /// <summary>Days between the as-of date and the value's date beyond which the value is reported as old.</summary>
    private const int OldValueDays = 10;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string>("SYMBOL")
        {
            Description = "Index symbol or alias (HSTECH, STAR50, 000688.SS): its P/E, the series SYMBOL:PE. A valuation series may be named directly (HSTECH:ERP).",
        };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Date the value is taken on; nothing later is used (default: the series' last date).", HelpName = "DATE" };
        var years = new Option<int>("--years")
        {
            Description = "Calendar years of history the value is set against.",
            HelpName = "N",
            DefaultValueFactory = _ => ValuationOptions.Default.Years,
        };
        years.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 200)
            {
                r.AddError($"--years must be between 1 and 200, got {r.GetValueOrDefault<int>()}.");
            }
        });
        var allowShort = new Option<bool>("--allow-short") { Description = "Use a history shorter than --years when that is all there is (otherwise an error says how much there is)." };
        var source = new Option<string?>("--source") { Description = "Source of the series to read (default: the store's preferred source).", HelpName = "NAME" };
        var compare = new Option<string[]>("--compare")
        {
            Description = "Compare with another stored instrument's series on the same as-of date (repeatable), e.g. --compare HSTECH.",
            HelpName = "SYMBOL",
        };
        var comparePe = new Option<string[]>("--compare-pe")
        {
            Description = "Compare with a multiple you give, optionally named, e.g. --compare-pe 30 or --compare-pe \"Nasdaq 100=30\" (repeatable).",
            HelpName = "[NAME=]X",
        };
        var command = new Command(
            "valuation",
            "A valuation series (the P/E) against its own history, point-in-time: average, median, min, max, percentile and "
            + "z-score over N calendar years; flags a stale value. Definitions: docs/valuation.md.")
        {
            symbol, asOf, years, allowShort, source, compare, comparePe,
        };
        command.SetAction(parseResult =>
        {
            var ctx = new CommandContext(parseResult, env);
            var givenMultiples = (ctx.Get(comparePe) ?? []).Select(ParseMultiple).ToList();
            var market = ctx.OpenMarketData();
            var target = ValuationLookup.Find(market, ctx.Get(symbol)!);
            var series = ValuationLookup.RequireSeries(market, target);
            var chosen = ValuationLookup.ChooseSource(market, series.Symbol, ctx.Get(source));
            var date = ctx.Get(asOf) ?? chosen.Last;
            var options = ValuationOptions.Default with { Years = ctx.Get(years), NonPositiveIsLoss = target.IsEarningsMultiple };
            var snapshot = Snapshot(market, series.Symbol, chosen, date, options);
            var history = snapshot.History;
            if (history.IsShort && !ctx.Get(allowShort))
            {
                throw new FrothException(
                    $"{series.Symbol} (source {chosen.Source}) has {Years(history.CoveredYears)} years of history up to {IsoDate.Format(date)} "
                    + $"(it starts on {IsoDate.Format(chosen.First)}); --years {options.Years} asks for {options.Years}. "
                    + $"Pass --allow-short to use the {Years(history.CoveredYears)} years there are, or ask for fewer years.");
            }

            var warnings = new List<string>();
            Describe(warnings, series.Symbol, chosen, market.Sources(series.Symbol), snapshot);
            var comparisons = new List<ValuationComparisonReport>();
            foreach (var other in ctx.Get(compare) ?? [])
            {
                comparisons.Add(CompareWith(market, target, snapshot, other, date, options, warnings));
            }

            foreach (var (label, multiple) in givenMultiples)
            {
                var c = ValuationComparison.WithMultiple(snapshot, multiple);
                comparisons.Add(new ValuationComparisonReport(label, null, null, multiple, null, null, null, null, c.Ratio, c.Premium, null, c.PercentileInHistory, null));
            }

            var report = new ValuationReport(
                target.Subject,
                target.Name,
                series.Symbol,
                chosen.Source,
                [.. market.Sources(series.Symbol).Select(s => s.Source)],
                date,
                target.Metric,
                series.Unit,
                snapshot.Value,
                snapshot.ValueDate,
                ValuationHistoryReport.Of(history),
                new ValuationStaleReport(snapshot.Stale.Flag, snapshot.Stale.SessionsUnchanged, snapshot.Stale.Since),
                comparisons,
                warnings);
            ctx.Write(report, console => report.Render(console));
            return FrothApp.Ok;
        });
        return command;
    }

    private static ValuationSnapshot Snapshot(IMarketData market, string series, SeriesSource source, DateOnly asOf, ValuationOptions options)
    {
        var points = market.Scalars(series, null, asOf, source.Source);
        if (points.Count == 0)
        {
            throw new FrothException($"{series} (source {source.Source}) has no observation on or before {IsoDate.Format(asOf)}; it starts on {IsoDate.Format(source.First)}.");
        }

        try
        {
            return ValuationHistory.Compute(points, asOf, options);
        }
        catch (FrothException e)
        {
            throw new FrothException($"{series} (source {source.Source}): {e.Message}", e);
        }
    }

    private static ValuationComparisonReport CompareWith(
        IMarketData market, ValuationTarget subject, ValuationSnapshot snapshot, string otherName, DateOnly asOf, ValuationOptions options, List<string> warnings)
    {
        var other = ValuationLookup.Find(market, otherName);
        var series = ValuationLookup.RequireSeries(market, other);
        if (other.Metric != subject.Metric)
        {
            throw new FrothException($"--compare {otherName}: {series.Symbol} is a {other.Metric.ToUpperInvariant()} series and {subject.Subject}'s is a {subject.Metric.ToUpperInvariant()}; compare like with like.");
        }

        var source = ValuationLookup.ChooseSource(market, series.Symbol, null);
        var theirs = Snapshot(market, series.Symbol, source, asOf, options with { NonPositiveIsLoss = other.IsEarningsMultiple });
        Describe(warnings, series.Symbol, source, market.Sources(series.Symbol), theirs, isSubject: false);
        if (theirs.History.IsShort)
        {
            warnings.Add($"{series.Symbol} has only {Years(theirs.History.CoveredYears)} years of history up to {IsoDate.Format(asOf)}; its percentile is over those.");
        }

        var c = ValuationComparison.Between(snapshot, theirs);
        return new ValuationComparisonReport(
            other.Subject, series.Symbol, source.Source, theirs.Value, theirs.ValueDate, theirs.Stale.Flag, theirs.Stale.Flag ? theirs.Stale.Since : null, theirs.History.Percentile,
            c.Ratio, c.Premium, c.PercentileDifference, null, c.ValueDateGapDays);
    }

    /// <summary>The notes a reader needs: a stale or old value, losses in the window, an average dragged by near-zero earnings.</summary>
    private static void Describe(List<string> warnings, string series, SeriesSource source, IReadOnlyList<SeriesSource> all, ValuationSnapshot s, bool isSubject = true)
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

    private static (string Label, double Multiple) ParseMultiple(string text)
    {
        var eq = text.LastIndexOf('=');
        var label = eq > 0 ? text[..eq].Trim() : $"given P/E {text.Trim()}";
        var number = eq >= 0 ? text[(eq + 1)..].Trim() : text.Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var multiple) || !double.IsFinite(multiple) || multiple <= 0)
        {
            throw new FrothException($"--compare-pe '{text}': expected a positive number such as 30, optionally named as NAME=30.");
        }

        return (label, multiple);
    }

    private static string Years(double years) => years.ToString("F1", CultureInfo.InvariantCulture);

}

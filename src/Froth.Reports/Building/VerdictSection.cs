using Froth.Narrative;
using Froth.Reports.Charts;
using Froth.Reports.Model;
using Froth.Reports.Writers;
using Froth.Verdict;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>The verdict: the bubble-risk scorecard of the basket, every component with its reading, score and weight (docs/verdict.md).</summary>
internal static class VerdictSection
{
    public static ReportSection Build(ReportContext ctx, PreviousReport? previous)
    {
        var book = ctx.Book;
        var basket = ctx.Basket;
        var asOf = ctx.AsOf;
        var verdict = ctx.Inputs.Verdict;
        var result = verdict.Result;
        FactSource[] turnoverSources = [.. (verdict.Turnover?.Sources ?? []).Select(s => new FactSource(s.Symbol, s.Source))];
        var src = basket.Source;
        var rows = new List<IReadOnlyList<ReportCell>>();
        var rules = new List<Sentence>();
        var scoreIds = new List<string>();
        var zero = ctx.Setting("verdict.scale.min", FactKind.Score, 0, "lowest score");
        var full = ctx.Setting("verdict.scale.max", FactKind.Score, 100, "highest score");
        foreach (var c in result.Components)
        {
            var (key, title, kind, what, sources) = Describe(ctx, c.Kind, turnoverSources);
            var reading = book.Number("verdict", $"{key}.reading", kind, c.Input, what, asOf, sources);
            var score = book.Number("verdict", $"{key}.score", FactKind.Score, c.Score, $"{title} score", asOf, sources);
            var weight = book.Number("verdict", $"{key}.weight", FactKind.Share, c.Weight, $"{title} weight", asOf, [ReportContext.Settings]);
            var effective = book.Number("verdict", $"{key}.effectiveWeight", FactKind.Share, c.EffectiveWeight, $"{title} weight after missing components are shared out", asOf, [ReportContext.Settings]);
            if (score is not null)
            {
                scoreIds.Add(score.Id);
            }

            rows.Add([ReportCell.Word(title), Reading(reading, kind), ReportCell.Of(score, FactForm.Default, true), ReportCell.Of(weight), ReportCell.Of(effective)]);
            rules.Add(Rule(ctx, c.Kind, title, zero, full));
        }

        if (Percentiles(ctx, verdict.ValuationPercentiles) is { } each)
        {
            rules.Add(each);
        }

        var blocks = new List<ReportBlock>();
        var name = basket.Name;
        if (result.Score is { } total)
        {
            var scoreFact = book.Number("verdict", "score", FactKind.Score, total, "bubble-risk score", asOf, [src], scoreIds);
            var coverage = book.Number("verdict", "coverage", FactKind.Share, result.Coverage, "share of the nominal weight with data", asOf, [ReportContext.Settings]);
            var band = W(result.Band!.Value.ToString().ToLowerInvariant());
            var callout = Sentences.Write($"Froth's bubble-risk score for the {name} is {scoreFact} out of {full}: {band}.");
            blocks.Add(new ParagraphBlock([callout], ParagraphStyle.Callout));
            var missing = result.Components.Where(c => c.Score is null).Select(c => Describe(ctx, c.Kind, []).Title).ToList();
            var explain = new List<Sentence>
            {
                Sentences.Write($"The score is the weighted mean of the components' scores, each from {zero} (nothing bubble-like) to {full} (as the dated bubbles looked at their peaks)."),
            };
            if (missing.Count > 0)
            {
                explain.Add(Sentences.Write($"Components with data carry {coverage} of the weight; {W(string.Join(" and ", missing).ToLowerInvariant())} {W(missing.Count == 1 ? "has" : "have")} no data, and {W(missing.Count == 1 ? "its" : "their")} weight is shared out among the others."));
            }

            blocks.Add(new ParagraphBlock(explain));
            var closing = previous?.Facts.TryGetValue(scoreFact.Id, out var before) == true && before.Number is { } was
                ? Sentences.Write($"Froth's bubble-risk score for the {name} stands at {scoreFact}, {band}, {W(Math.Round(total) > Math.Round(was) ? "up from" : Math.Round(total) < Math.Round(was) ? "down from" : "unchanged from")} {book.Number("previous", "verdict.score", FactKind.Score, was, "bubble-risk score in the previous report", before.AsOf, [new FactSource(Path.GetFileName(previous.Path), null)])} in the previous report.")
                : Sentences.Write($"Froth's bubble-risk score for the {name} stands at {scoreFact} out of {full}: {band}.");
            ctx.Candidate(Headline.ClosingTopic, 100, closing);
        }
        else
        {
            blocks.Add(new ParagraphBlock([Sentences.Write($"No component of the scorecard has data for the {name}, so there is no verdict.")], ParagraphStyle.Callout));
        }

        blocks.Add(new TableBlock(new ReportTable(
            [new("Component"), new("Reading", true), new("Score", true), new("Weight", true), new("Weight used", true)],
            rows,
            rules).Validated()));
        blocks.Add(new ChartBlock(new ReportChart(
            "verdict",
            "The verdict's components",
            ReportCharts.VerdictScores("verdict", [.. result.Components.Select(c => Describe(ctx, c.Kind, []).Title)], [.. result.Components.Select(c => c.Score)]),
            [Sentences.Write($"Each bar is a component's score; missing bars have no data.")])));
        return new ReportSection("verdict", "The verdict", blocks);
    }

    /// <summary>"The valuation reading is the mean of 98.9% for the SSE STAR 50 Index and 11.4% for the Hang Seng TECH Index": each percentile the mean is of, when there are several.</summary>
    private static Sentence? Percentiles(ReportContext ctx, IReadOnlyDictionary<string, double> percentiles)
    {
        var parts = percentiles.Keys
            .Select(series => (Percentile: ctx.Book.Find($"{series}#percentile"), Name: ctx.Book.Find($"{series[..series.LastIndexOf(':')]}#name")))
            .Where(p => p.Percentile is not null && p.Name is not null)
            .Select(p => Sentences.Write($"{p.Percentile!} for the {p.Name!}"))
            .ToList();
        if (parts.Count < 2)
        {
            return null;
        }

        var list = parts[0];
        for (var i = 1; i < parts.Count; i++)
        {
            list = i == parts.Count - 1 ? Sentences.Write($"{list} and {parts[i]}") : Sentences.Write($"{list}, {parts[i]}");
        }

        return Sentences.Write($"The valuation reading is the mean of {list}.");
    }

    /// <summary>A component's reading with its unit: a signed return, a percentage, a statistic, or a ratio as "2.4 times" (its usual level).</summary>
    private static ReportCell Reading(Fact? reading, FactKind kind) => reading switch
    {
        null => ReportCell.Word("no data"),
        _ when kind == FactKind.Return => ReportCell.Of(reading, FactForm.Signed),
        _ when kind == FactKind.Ratio => ReportCell.Of(reading, FactForm.Default, "times"),
        _ => ReportCell.Of(reading),
    };

    private static (string Key, string Title, FactKind Kind, string What, FactSource[] Sources) Describe(ReportContext ctx, VerdictComponentKind kind, FactSource[] turnoverSources)
    {
        var basket = ctx.Basket.Source;
        return kind switch
        {
            VerdictComponentKind.Momentum => ("momentum", "Momentum", FactKind.Return, "the basket's one-year return", [basket]),
            VerdictComponentKind.Valuation => ("valuation", "Valuation", FactKind.Share, "mean percentile of the benchmarks' P/Es in their own history", [basket]),
            VerdictComponentKind.Explosiveness => ("explosiveness", "Explosiveness", FactKind.Statistic, "the basket's BSADF statistic on the as-of date", [basket]),
            VerdictComponentKind.LpplsConfidence => ("lppls", "LPPLS confidence", FactKind.Share, "the basket's LPPLS confidence of a positive bubble", [basket]),
            VerdictComponentKind.MacroDivergence => ("macro", "Macro divergence", FactKind.PercentagePoints, "one-year return minus the latest year's nominal GDP growth", [basket]),
            VerdictComponentKind.Speculation => ("speculation", "Speculation", FactKind.Ratio, "median over the stocks of turnover in the last month against the year before", turnoverSources),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown component."),
        };
    }

    /// <summary>The component's rule, its thresholds written as facts of the settings.</summary>
    private static Sentence Rule(ReportContext ctx, VerdictComponentKind kind, string title, Fact zero, Fact full)
    {
        var t = W(title);
        switch (kind)
        {
            case VerdictComponentKind.Momentum:
                var r0 = ctx.Setting("verdict.momentum.zeroAt", FactKind.Return, 0, "one-year return that scores 0");
                var r1 = ctx.Setting("verdict.momentum.fullAt", FactKind.Return, Scorecard.MomentumFull, "one-year return that scores 100");
                return Sentences.Write($"{t}: {zero} at a one-year return of {r0:abs} or less, {full} at {r1} or more.");
            case VerdictComponentKind.Valuation:
                var years = ctx.Setting("valuation.years", FactKind.Count, Froth.Valuation.ValuationOptions.Default.Years, "years of history a multiple is set against");
                return Sentences.Write($"{t}: the mean P/E percentile of the benchmarks, from {zero} for the cheapest reading of the past {years:words} years to {full} for the dearest.");
            case VerdictComponentKind.Explosiveness:
                var level = ctx.Setting("verdict.explosiveness.level", FactKind.Count, 99, "level of the critical value that scores 100, in percent");
                return Sentences.Write($"{t}: {zero} at a BSADF of zero or less, {full} at its {level:digits}% critical value or above; {zero} whenever the index fell over the year, since a crash is explosive too.");
            case VerdictComponentKind.LpplsConfidence:
                var l1 = ctx.Setting("verdict.lppls.fullAt", FactKind.Share, Scorecard.LpplsFull, "LPPLS confidence that scores 100");
                return Sentences.Write($"{t}: {zero} when no window qualifies, {full} when {l1} of them or more do.");
            case VerdictComponentKind.MacroDivergence:
                var m1 = ctx.Setting("verdict.macro.fullAt", FactKind.PercentagePoints, Scorecard.MacroFull, "excess over nominal growth that scores 100");
                return Sentences.Write($"{t}: {zero} when prices rose no faster than nominal GDP, {full} at {m1:abs} percentage points faster or more.");
            default:
                var s0 = ctx.Setting("verdict.speculation.zeroAt", FactKind.Ratio, Scorecard.TurnoverNone, "turnover ratio that scores 0");
                var s1 = ctx.Setting("verdict.speculation.fullAt", FactKind.Ratio, Scorecard.TurnoverFull, "turnover ratio that scores 100");
                return Sentences.Write($"{t}: {zero} at turnover of {s0} times its usual level or less, {full} at {s1} times or more.");
        }
    }
}

using Froth.Analysis.Bubbles;
using Froth.Bubbles.Psy;
using Froth.Narrative;
using Froth.Reports.Charts;
using Froth.Reports.Model;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>Bubble diagnostics of the basket index: BSADF against its critical value with the dated episodes, and the LPPLS fit and confidence indicator.</summary>
internal static class BubbleSection
{
    /// <summary>An episode that ended within this many observations of the as-of date is "recent".</summary>
    private const int RecentObservations = 60;

    public static ReportSection Build(ReportContext ctx)
    {
        var basket = ctx.Basket;
        var result = ctx.Inputs.Bubble;
        var book = ctx.Book;
        var src = basket.Source;
        var asOf = ctx.AsOf;
        var blocks = new List<ReportBlock>();
        var paragraph = new List<Sentence>();
        var name = basket.Name;
        var level = ctx.Setting("psy.level", FactKind.Count, 95, "level of the PSY critical values, in percent");
        PsyDatedEpisode? ongoing = null;
        PsyDatedEpisode? recent = null;
        var episodes = new List<IReadOnlyList<ReportCell>>();
        if (result.Psy is { } analysis)
        {
            var dated = analysis.Result;
            var psy = dated.Statistics;
            var cv = dated.CriticalValues;
            var n = book.Number("psy", "observations", FactKind.Count, psy.Count, "sessions of the basket index the PSY test reads", asOf, [src]);
            var from = book.Date("psy", "from", analysis.Sample.From, "first session the PSY test reads", asOf, [src]);
            var gsadf = book.Number("psy", "gsadf", FactKind.Statistic, psy.Gsadf, "GSADF statistic (Phillips, Shi and Yu 2015)", asOf, [src]);
            var gsadfCv = book.Number("psy", "gsadf.cv95", FactKind.Statistic, cv.Gsadf?.Cv95, "GSADF critical value (Monte Carlo)", asOf, [src]);
            var minimum = ctx.Setting("psy.minimumDuration", FactKind.Count, Math.Ceiling(dated.MinimumDuration), "shortest episode kept, in sessions (ln T, rounded up)");
            if (gsadfCv is not null)
            {
                paragraph.Add(Sentences.Write($"Over the {n:digits} sessions from {from} to the as-of date, the PSY test's GSADF statistic for the {name} is {gsadf}, {W(psy.Gsadf > cv.Gsadf!.Cv95 ? "above" : "below")} its {level:digits}% critical value of {gsadfCv}: {W(psy.Gsadf > cv.Gsadf.Cv95 ? "the index was explosive at some time in the period" : "no sign of explosive behaviour in the period")}."));
            }

            if (analysis.CriticalValues.MeasuredSize is { } size)
            {
                var sizeSource = new FactSource("froth:psy-measured-size", null);
                var count = book.Number("psy", "size.observations", FactKind.Count, size.Count, "the tabulated sample size nearest the sample's (docs/psy.md, Size and power)", asOf, [sizeSource]);
                var gaussian = book.Number("psy", "size.gaussian", FactKind.Share, size.Gaussian, "measured GSADF rejection rate at the 95% critical value on Gaussian random walks", asOf, [sizeSource]);
                var varianceBreak = book.Number("psy", "size.varianceBreak", FactKind.Share, size.VarianceBreak, "measured GSADF rejection rate at the 95% critical value on random walks whose volatility triples at mid-sample", asOf, [sizeSource]);
                var methodName = W(size.Method == PsySizeMethod.WildBootstrap ? "wild-bootstrap" : "Monte Carlo");
                paragraph.Add(Sentences.Write($"The critical values are {methodName} ones; on simulated samples of {count:digits} sessions, the nearest size tabulated, this test rejects {gaussian} of random walks with no bubble at its {level:digits}% critical value, and {varianceBreak} of those whose volatility triples halfway."));
            }

            if (dated.Last is { Bsadf: { } lastBsadf, CriticalValue: { } lastCv })
            {
                var bsadf = book.Number("psy", "bsadf", FactKind.Statistic, lastBsadf, "BSADF statistic on the as-of date", asOf, [src]);
                var bsadfCv = book.Number("psy", "bsadf.cv95", FactKind.Statistic, lastCv.Cv95, "BSADF critical value on the as-of date", asOf, [src]);
                book.Number("psy", "bsadf.cv99", FactKind.Statistic, lastCv.Cv99, "BSADF critical value at the 99% level on the as-of date", asOf, [src]);
                paragraph.Add(Sentences.Write($"On the as-of date its BSADF statistic is {bsadf}, {W(lastBsadf > lastCv.Cv95 ? "above" : "below")} the critical value of {bsadfCv}."));
            }

            for (var i = 0; i < dated.Episodes.Count; i++)
            {
                var e = dated.Episodes[i];
                var k = i + 1;
                var start = book.Date("psy", $"episode.{k}.start", e.Start, "first session of the episode", asOf, [src]);
                var duration = book.Number("psy", $"episode.{k}.sessions", FactKind.Count, e.Duration, "sessions in the episode", asOf, [src]);
                var peak = book.Number("psy", $"episode.{k}.peak", FactKind.Statistic, e.PeakBsadf, "largest BSADF in the episode", asOf, [src]);
                var end = e.End is { } x ? book.Date("psy", $"episode.{k}.end", x, "the session the episode ended on: the first whose BSADF no longer exceeds its critical value", asOf, [src]) : null;
                episodes.Add([ReportCell.Of(start, FactForm.Iso), end is null ? ReportCell.Word("under way") : ReportCell.Of(end, FactForm.Iso), ReportCell.Of(duration, FactForm.Digits), ReportCell.Of(peak), ReportCell.Word(e.Sign == PsyEpisodeSign.Explosive ? "up" : "down")]);
                if (e.Ongoing && e.Sign == PsyEpisodeSign.Explosive)
                {
                    ongoing = e;
                }
                else if (e.End is not null && psy.Count - e.Observations.End!.Value <= RecentObservations && e.Sign == PsyEpisodeSign.Explosive)
                {
                    recent = e;
                }
            }

            if (ongoing is not null)
            {
                var start = book.Find($"psy#episode.{Index(dated, ongoing)}.start")!;
                paragraph.Add(Sentences.Write($"It has stayed above its critical value since {start}: the PSY test dates an explosive episode that is still under way."));
            }
            else if (dated.Episodes.Count == 0)
            {
                paragraph.Add(Sentences.Write($"The test dates no episode of {minimum:digits} sessions or more in the period."));
            }
            else
            {
                var lastEpisode = dated.Episodes.Count;
                var s = book.Find($"psy#episode.{lastEpisode}.start")!;
                var e = book.Find($"psy#episode.{lastEpisode}.end");
                paragraph.Add(e is null
                    ? Sentences.Write($"The latest episode began on {s}.")
                    : Sentences.Write($"The latest episode the test dates began on {s} and ended on {e}."));
            }
        }
        else
        {
            paragraph.Add(Sentences.Write($"The PSY test is not run: the basket index has {W(result.PsyShortfall ?? "too short a history")}."));
        }

        var confidence = result.Confidence?.Last;
        Fact? conf = null;
        if (confidence is { } c)
        {
            var options = result.Confidence!.Options;
            conf = book.Number("lppls", "confidence", FactKind.Share, c.Confidence.Positive, "LPPLS confidence of a positive bubble on the as-of date", asOf, [src]);
            var qualified = book.Number("lppls", "qualified", FactKind.Count, c.Confidence.QualifiedPositive, "windows whose fit qualifies as a positive bubble", asOf, [src]);
            var windows = book.Number("lppls", "windows", FactKind.Count, c.Confidence.Windows, "windows fitted on the as-of date", asOf, [src]);
            var shortest = ctx.Setting("lppls.minWindow", FactKind.Count, options.MinWindow, "shortest LPPLS window, in sessions");
            var longest = ctx.Setting("lppls.maxWindow", FactKind.Count, options.MaxWindow, "longest LPPLS window, in sessions");
            paragraph.Add(c.Confidence.QualifiedPositive == 0
                ? Sentences.Write($"The LPPLS confidence indicator is {conf}: none of the {windows:digits} windows of {shortest:digits} to {longest:digits} sessions ending on the as-of date fits a bubble that passes the qualification filter.")
                : Sentences.Write($"The LPPLS confidence indicator is {conf}: {qualified:words} of the {windows:digits} windows of {shortest:digits} to {longest:digits} sessions ending on the as-of date {W(c.Confidence.QualifiedPositive == 1 ? "fits" : "fit")} a bubble that passes the qualification filter."));
            if (c.Confidence.QualifiedNegative > 0)
            {
                var negative = book.Number("lppls", "confidence.negative", FactKind.Share, c.Confidence.Negative, "LPPLS confidence of a negative bubble on the as-of date", asOf, [src]);
                paragraph.Add(Sentences.Write($"Its confidence in a negative bubble, a faster-than-exponential fall, is {negative}."));
            }
        }

        if (result.Fit?.Fit is { } fit)
        {
            var span = ctx.Setting("lppls.fitSpan", FactKind.Count, fit.Fit.Span, "sessions in the LPPLS fit shown");
            var tc = book.Date("lppls", "fit.criticalDate", fit.CriticalDate, "business day the fitted critical time falls in", asOf, [src]);
            var error = book.Number("lppls", "fit.relativeError", FactKind.Share, fit.Fit.RelativeError, "mean relative price error of the fit", asOf, [src]);
            var sign = W(fit.Fit.Model.B < 0 ? "a rise" : "a fall");
            paragraph.Add(fit.Qualifies
                ? Sentences.Write($"Fitted to the last {span:digits} sessions alone, the model describes {sign} that passes the filter, with a critical time on {tc} and a mean error of {error}.")
                : Sentences.Write($"Fitted to the last {span:digits} sessions alone, the model does not pass the filter ({W(Failures(fit.Failures))}); its critical time would fall on {tc}."));
        }

        // The headline candidate.
        var recentFlag = recent is not null;
        var bubbleSentence = ongoing is not null
            ? Sentences.Write($"The PSY bubble test finds the {name} in an explosive episode since {book.Find($"psy#episode.{Index(result.Psy!.Result, ongoing)}.start")!}.")
            : recent is not null
                ? Sentences.Write($"The PSY bubble test dated an explosive episode in the {name} from {book.Find($"psy#episode.{Index(result.Psy!.Result, recent)}.start")!} to {book.Find($"psy#episode.{Index(result.Psy!.Result, recent)}.end")!}.")
                : conf is not null && conf.Value >= 0.1
                    ? Sentences.Write($"The LPPLS confidence indicator for the {name} stands at {conf}.")
                    : Sentences.Write($"Neither the PSY test nor the LPPLS indicator finds a bubble in the {name} on the as-of date.");
        ctx.Candidate("bubble", Salience.Bubble(ongoing is not null, recentFlag, conf?.Value), bubbleSentence);

        blocks.Add(new ParagraphBlock(paragraph));
        if (episodes.Count > 0)
        {
            blocks.Add(new TableBlock(new ReportTable(
                [new("Start", true), new("End", true), new("Sessions", true), new("Peak BSADF", true), new("Direction")],
                episodes,
                [Sentences.Write($"Episodes are runs of sessions whose BSADF exceeds its critical value; completed runs shorter than the minimum are left out. Up: the index rose into the episode; down: a crash.")]).Validated()));
        }

        blocks.AddRange(Charts(ctx, result).Select(c => new ChartBlock(c)));
        return new ReportSection("bubble", "Bubble diagnostics", blocks);
    }

    /// <summary>The 1-based number of an episode, as its fact ids count.</summary>
    private static int Index(PsyDatedResult result, PsyDatedEpisode episode) => result.Episodes.ToList().IndexOf(episode) + 1;

    private static string Failures(IReadOnlyList<string> failures)
    {
        var words = failures.Select(f => f switch
        {
            "m" => "its exponent is out of bounds",
            "omega" => "its log-frequency is out of bounds",
            "tc" => "its critical time is too far off",
            "oscillations" => "it has too few oscillations",
            "damping" => "its oscillations are not damped enough",
            "relativeError" => "it fits the prices too loosely",
            "converged" => "it did not converge",
            var other => other,
        }).ToList();
        return words.Count == 0 ? "it did not converge" : string.Join("; ", words);
    }

    private static IEnumerable<ReportChart> Charts(ReportContext ctx, BubbleDiagnostics result)
    {
        if (result.Psy?.Result is { } psy)
        {
            var dates = psy.Bsadf.Select(p => p.Date).ToList();
            var bsadf = new ChartLine("BSADF", dates, [.. psy.Bsadf.Select(p => p.Bsadf ?? double.NaN)]);
            var critical = new ChartLine("critical value", dates, [.. psy.Bsadf.Select(p => p.CriticalValue?.Cv95 ?? double.NaN)]);
            var spans = psy.Episodes.Where(e => e.Sign == PsyEpisodeSign.Explosive)
                .Select(e => new ChartSpan(e.Start, psy.Dates[(e.Observations.End ?? psy.Dates.Count) - 1])).ToList();
            yield return new ReportChart("bsadf", "PSY: the basket's BSADF statistic against its critical value", ReportCharts.Bsadf("bsadf", bsadf, critical, spans),
                [Sentences.Write($"Shaded: the explosive episodes the test dates. The critical value rises at first because the test has few windows to choose from early in the sample.")]);
        }

        if (result.Fit is { } analysis)
        {
            var fit = analysis.Fit;
            var model = fit.Fit.Model;
            var dates = analysis.Window.Select(p => p.Date).ToList();
            var fitted = Enumerable.Range(0, dates.Count).Select(i => Math.Exp(model.LogPrice(i))).ToList();
            List<Sentence> caption = fit.Qualifies
                ? [Sentences.Write($"The dashed line marks the fitted critical time, the end of the bubble the model describes.")]
                : [Sentences.Write($"The fit does not pass the qualification filter, so the dashed line, its critical time, is drawn for reference only: the model does not describe a bubble here.")];
            yield return new ReportChart("lppls-fit", "LPPLS: the model fitted to the last year",
                ReportCharts.LpplsFit("lppls-fit", new ChartLine("basket index", dates, [.. analysis.Window.Select(p => p.Value)]), new ChartLine("LPPLS fit", dates, fitted), fit.CriticalDate, "index level"),
                caption);
        }

        if (result.Confidence is { Points.Count: > 1 } confidence)
        {
            var dates = confidence.Points.Select(p => p.Date).ToList();
            yield return new ReportChart("lppls-confidence", "LPPLS confidence indicator over the past year",
                ReportCharts.LpplsConfidence(
                    "lppls-confidence",
                    new ChartLine("positive bubble", dates, [.. confidence.Points.Select(p => p.Confidence.Positive * 100)]),
                    new ChartLine("negative bubble", dates, [.. confidence.Points.Select(p => p.Confidence.Negative * 100)])),
                [Sentences.Write($"The share of the nested windows whose fit qualifies, at end dates a month apart.")]);
        }
    }
}

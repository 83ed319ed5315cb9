using Froth.Analysis.Valuation;
using Froth.Narrative;
using Froth.Reports.Charts;
using Froth.Reports.Model;
using Froth.Valuation;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>Valuation against history: each benchmark's P/E against its own last three years (docs/valuation.md), with a chart of bands.</summary>
internal static class ValuationSection
{
    /// <summary>
    /// A P/E dated at most this many calendar days before the as-of date is current: the index "trades at" it. An older one
    /// (its source ends sooner) is written in the past: "the index's latest P/E, of 20 April 2026, is 31.4". A week allows
    /// for a weekend and a few holidays between the last valuation and the as-of session.
    /// </summary>
    internal const int CurrentWithinDays = 7;

    /// <summary>The chart's axis stops at this multiple of the top of its widest band when readings go higher.</summary>
    private const double TopOverBand = 3;

    public static ReportSection Build(ReportContext ctx)
    {
        var book = ctx.Book;
        var paragraph = new List<Sentence>();
        var rows = new List<IReadOnlyList<ReportCell>>();
        var charts = new List<ReportBlock>();
        var options = ValuationOptions.Default;
        var years = ctx.Setting("valuation.years", FactKind.Count, options.Years, "years of history a multiple is set against");
        var valuation = ctx.Inputs.Valuation;
        foreach (var v in valuation.Benchmarks)
        {
            var s = ctx.Subjects.First(x => x.Key == v.Subject);
            var snapshot = v.Snapshot;
            var src = new FactSource(v.Series, v.Source.Source);
            var key = v.Series;
            var h = snapshot.History;
            var value = book.Number(key, "value", FactKind.Multiple, snapshot.Value, "P/E (trailing twelve months)", snapshot.ValueDate, [src]);
            var date = book.Date(key, "valueDate", snapshot.ValueDate, "date of the latest P/E on or before the as-of date", snapshot.ValueDate, [src]);
            var percentile = book.Number(key, "percentile", FactKind.Share, h.Percentile, "share of the history window's P/Es strictly cheaper than the latest", snapshot.ValueDate, [src]);
            var average = book.Number(key, "average", FactKind.Multiple, h.Average, "average P/E of the history window", snapshot.ValueDate, [src]);
            var median = book.Number(key, "median", FactKind.Multiple, h.Median, "median P/E of the history window", snapshot.ValueDate, [src]);
            var z = book.Number(key, "zScore", FactKind.Statistic, h.ZScore, "z-score of the latest P/E in the history window", snapshot.ValueDate, [src]);
            var observations = book.Number(key, "observations", FactKind.Count, h.Observations, "observations in the history window", snapshot.ValueDate, [src]);
            rows.Add([ReportCell.Of(s.Name), ReportCell.Of(value), ReportCell.Of(date, FactForm.Iso), ReportCell.Of(average, FactForm.Default, true), ReportCell.Of(median, FactForm.Default, true),
                ReportCell.Of(percentile), ReportCell.Of(z, FactForm.Default, true), ReportCell.Of(observations, FactForm.Digits)]);

            var rank = W(h.Percentile >= 0.5 ? "dearer than" : "cheaper than");
            var share = h.Percentile >= 0.5 ? percentile : book.Number(key, "share.dearer", FactKind.Share, 1 - h.Percentile, "share of the history window's P/Es at or above the latest", snapshot.ValueDate, [src]);
            var current = ctx.AsOf.DayNumber - snapshot.ValueDate.DayNumber <= CurrentWithinDays;
            var sentence = (current, average) switch
            {
                (true, null) => Sentences.Write($"The {s.Name} trades at {value} times earnings (on {date}), {rank} {share} of its readings of the past {years:words} years."),
                (true, { } avg) => Sentences.Write($"The {s.Name} trades at {value} times earnings (on {date}), {rank} {share} of its readings of the past {years:words} years, whose average is {avg}."),
                (false, null) => Sentences.Write($"The {s.Name}'s latest P/E, of {date}, is {value}, {rank} {share} of its readings of the past {years:words} years."),
                (false, { } avg) => Sentences.Write($"The {s.Name}'s latest P/E, of {date}, is {value}, {rank} {share} of its readings of the past {years:words} years, whose average is {avg}."),
            };
            paragraph.Add(sentence);
            ctx.Candidate("valuation", Salience.Valuation(h.Percentile), sentence);
            if (snapshot.Stale.Flag)
            {
                var since = book.Date(key, "staleSince", snapshot.Stale.Since, "date the P/E last changed", snapshot.ValueDate, [src]);
                paragraph.Add(Sentences.Write($"Its P/E has not changed since {since}: the source repeats its last value, so it really dates from then."));
            }

            foreach (var (brk, k) in v.Breaks.Select((d, k) => (d, k)))
            {
                var when = book.Date(key, $"seriesBreak.{k}", brk, "date the series changes source (quality rule series-break)", snapshot.ValueDate, [src]);
                paragraph.Add(Sentences.Write($"Its P/E changes source on {when}: the statistics of its past {years:words} years mix the two sources across that date."));
            }

            charts.Add(new ChartBlock(Chart(ctx, s, key, src, snapshot, years)));
        }

        var blocks = new List<ReportBlock>();
        var skipped = valuation.Skipped.Select(why =>
        {
            var name = ctx.Subjects.FirstOrDefault(x => x.Key == why.Symbol)?.Name;
            var reason = why.Kind switch
            {
                ShortfallKind.NoSeries => Sentences.Write($"the store holds no P/E series of it"),
                ShortfallKind.ShortHistory => Sentences.Write($"its P/E history is shorter than {years:words} years"),
                _ => Sentences.Write($"its P/E has no usable value by the as-of date"),
            };
            return name is null ? null : Sentences.Write($"The {name} is left out: {reason}.");
        }).OfType<Sentence>().ToList();
        if (rows.Count == 0)
        {
            blocks.Add(new ParagraphBlock([Sentences.Write($"The store holds no P/E series of the basket's benchmarks with enough history; import the valuation files to see this section."), .. skipped], ParagraphStyle.Note));
            return new ReportSection("valuation", "Valuation against history", blocks);
        }

        blocks.Add(new ParagraphBlock(paragraph));
        blocks.Add(new TableBlock(new ReportTable(
            [new(""), new("P/E", true), new("On", true), new("Average", true), new("Median", true), new("Percentile", true), new("Z-score", true), new("Readings", true)],
            rows,
            [Sentences.Write($"The percentile is the share of the past {years:words} years' P/Es that were cheaper; a loss-making reading counts as the dearest. Stale repeats of a value count once."), .. skipped]).Validated()));
        blocks.AddRange(charts);
        return new ReportSection("valuation", "Valuation against history", blocks);
    }

    private static ReportChart Chart(ReportContext ctx, Subject s, string key, FactSource src, ValuationSnapshot snapshot, Fact years)
    {
        // The chart draws the history window the statistics describe, and the bands over it only.
        var shown = snapshot.Window.Where(p => p.Date <= ctx.AsOf && double.IsFinite(p.Value) && p.Value > 0).ToList();
        var multiples = snapshot.Window.Select(p => p.Value).Where(v => v > 0).Order().ToArray();
        var bands = new List<HorizontalBand>();
        if (multiples.Length >= 2)
        {
            bands.Add(new HorizontalBand("middle four-fifths", Froth.Statistics.Quantiles.OfSorted(multiples, 0.1), Froth.Statistics.Quantiles.OfSorted(multiples, 0.9)));
            bands.Add(new HorizontalBand("middle half", Froth.Statistics.Quantiles.OfSorted(multiples, 0.25), Froth.Statistics.Quantiles.OfSorted(multiples, 0.75)));
        }

        var start = ctx.Book.Date(key, "windowStart", snapshot.History.WindowStart, "the history window starts after this date", snapshot.ValueDate, [src]);

        // Readings with earnings near zero run into the thousands: stop the axis at three times the band's top.
        var highest = shown.Count > 0 ? shown.Max(p => p.Value) : 0;
        var cap = bands.Count > 0 ? Math.Ceiling(bands.Max(b => b.High) * TopOverBand / 10) * 10 : (double?)null;
        var top = cap is { } c && highest > c ? c : (double?)null;
        var svg = ReportCharts.ValuationBands(
            "valuation-" + Slug(s.Key),
            new ChartLine(s.Name.Text! + " P/E", [.. shown.Select(p => p.Date)], [.. shown.Select(p => p.Value)]),
            snapshot.History.Average ?? multiples.DefaultIfEmpty(0).Average(),
            bands,
            snapshot.History.WindowStart,
            top);
        var caption = new List<Sentence>
        {
            Sentences.Write($"Shaded: the middle half and the middle four-fifths of the P/Es of the {years:words} years after {start}; dashed: their average."),
        };
        if (top is { } t)
        {
            var axis = ctx.Book.Number(key, "chart.top", FactKind.Multiple, t, "top of the chart's axis", snapshot.ValueDate, [ReportContext.Settings]);
            var peak = ctx.Book.Number(key, "chart.highest", FactKind.Multiple, highest, "highest P/E drawn", snapshot.ValueDate, [src]);
            caption.Add(Sentences.Write($"The axis stops at {axis}: readings up to {peak}, when earnings were close to zero, run off the chart."));
        }

        return new ReportChart(
            "valuation-" + Slug(s.Key),
            $"{s.Name.Text} P/E against its history",
            svg,
            caption);
    }

    internal static string Slug(string symbol) =>
        new([.. symbol.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}

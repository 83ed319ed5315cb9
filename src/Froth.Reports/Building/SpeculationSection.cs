using Froth.Narrative;
using Froth.Reports.Charts;
using Froth.Reports.Model;

namespace Froth.Reports.Building;

/// <summary>Borrowed money: the mainland margin-financing balance, its one-year change and its place in its own history, with a chart (docs/valuation.md).</summary>
internal static class SpeculationSection
{
    /// <summary>The section, or <see langword="null"/> when the inputs hold no margin balance (a basket without A shares, or a store without the series).</summary>
    public static ReportSection? Build(ReportContext ctx)
    {
        if (ctx.Inputs.Margin is not { } m)
        {
            return null;
        }

        var g = m.Gauge;
        var book = ctx.Book;
        var src = new FactSource(m.Series, m.Source.Source);
        var level = book.Number("margin", "balance.cnyBn", FactKind.Level, g.Balance / 1e9, "margin-financing balance, CNY billion", g.Date, [src]);
        var date = book.Date("margin", "date", g.Date, "date of the margin balance", g.Date, [src]);
        var paragraph = new List<Sentence>
        {
            Sentences.Write($"Borrowed money riding the market: the mainland's margin-financing balance stood at {level:abs} billion yuan on {date}."),
        };
        if (g.OneYearChange is { } c)
        {
            var change = book.Number("margin", "change.oneYear", FactKind.Return, c, "change of the margin balance over one year", g.Date, [src]);
            paragraph.Add(Sentences.Write($"That is {change:abs} {Words.W(c >= 0 ? "more" : "less")} than a year earlier."));
        }

        if (g.HistoryPercentile is { } p && g.HistoryFrom is { } from)
        {
            var pct = book.Number("margin", "percentile.history", FactKind.Share, p, "share of the balance's whole history at or below it", g.Date, [src]);
            var since = book.Date("margin", "history.from", from, "first margin balance in the store", g.Date, [src]);
            var three = book.Number("margin", "percentile.threeYears", FactKind.Share, g.History.Percentile, "percentile of the balance in its past three years", g.Date, [src]);
            paragraph.Add(Sentences.Write($"It is at or above {pct} of every daily balance since {since}, and its percentile in its past three years is {three}, the reading the verdict's speculation component takes."));
        }

        var shown = ctx.Inputs.MarginHistory.Where(x => x.Date <= ctx.AsOf && double.IsFinite(x.Value)).ToList();
        var blocks = new List<ReportBlock> { new ParagraphBlock(paragraph) };
        if (shown.Count >= 2)
        {
            var svg = ReportCharts.Level("margin-balance", new ChartLine("margin-financing balance", [.. shown.Select(x => x.Date)], [.. shown.Select(x => x.Value / 1e12)]), "CNY trillion");
            blocks.Add(new ChartBlock(new ReportChart(
                "margin-balance",
                "Margin-financing balance of the mainland market",
                svg,
                [Sentences.Write($"The whole mainland market's financing balance, daily, in trillions of yuan ({Words.W(m.Series)}).")])));
        }

        return new ReportSection("speculation", "Borrowed money: margin financing", blocks);
    }
}

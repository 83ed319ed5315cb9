using System.Globalization;
using Froth.Analysis.Speculation;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Valuation;

/// <summary>The table <c>froth speculation</c> prints: turnover against its average and the margin-financing balance.</summary>
internal static class SpeculationView
{
    public static void Render(IAnsiConsole console, SpeculationAnalysis a)
    {
        var table = new Table().AddColumn("gauge").AddColumn(new TableColumn("value").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{a.Symbol} speculation gauges as of {IsoDate.Format(a.AsOf)}"));
        if (a.Turnover is { Turnover: { } turnover } t)
        {
            table.AddRow(Markup.Escape($"turnover (close × volume) on {IsoDate.Format(t.Date)}"), Markup.Escape(turnover.ToString("G4", CultureInfo.InvariantCulture)));
            table.AddRow(
                Markup.Escape($"÷ average of the {a.TurnoverWindow} sessions before"),
                Markup.Escape(Ratio(t.Ratio)));
        }

        if (a.Volume is { } v)
        {
            table.AddRow(Markup.Escape("volume ÷ average of the 20 sessions before"), Markup.Escape(Ratio(v.Ratio20)));
            table.AddRow(Markup.Escape("volume ÷ average of the 50 sessions before"), Markup.Escape(Ratio(v.Ratio50)));
        }

        if (a.Margin is { } m)
        {
            var g = m.Gauge;
            table.AddRow(Markup.Escape($"margin balance ({m.Series}) on {IsoDate.Format(g.Date)}, CNY bn"), Markup.Escape((g.Balance / 1e9).ToString("N1", CultureInfo.InvariantCulture)));
            table.AddRow(
                Markup.Escape(g.ChangeFrom is { } from ? $"change since {IsoDate.Format(from)}" : "change"),
                Markup.Escape(g.Change is { } c ? (c * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "undefined"));
            table.AddRow(
                Markup.Escape(g.YearAgo is { } y ? $"one-year change (since {IsoDate.Format(y)})" : "one-year change"),
                Markup.Escape(g.OneYearChange is { } c1 ? (c1 * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "undefined"));
            table.AddRow(Markup.Escape($"percentile in {g.History.Years} years"), g.History.Percentile.ToString("F3", CultureInfo.InvariantCulture));
            if (g.HistoryPercentile is { } hp && g.HistoryFrom is { } hf)
            {
                table.AddRow(Markup.Escape($"percentile since {IsoDate.Format(hf)} ({g.HistoryCount:N0} days)"), hp.ToString("F3", CultureInfo.InvariantCulture));
                table.AddRow(Markup.Escape("median since then, CNY bn"), Markup.Escape((g.HistoryMedian!.Value / 1e9).ToString("N1", CultureInfo.InvariantCulture)));
            }
        }

        console.Write(table);
        foreach (var n in a.Notes)
        {
            console.WriteLine($"note: {n}");
        }
    }

    private static string Ratio(double? ratio) =>
        ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "undefined (warm-up or missing volume)";
}

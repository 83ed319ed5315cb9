using System.Globalization;
using Froth.Rally;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Valuation;

/// <summary>What <c>froth speculation</c> prints: turnover against its average and the margin-financing balance.</summary>
/// <param name="Symbol">Canonical symbol.</param>
/// <param name="Name">Its name.</param>
/// <param name="AsOf">As-of date (default: the last bar).</param>
/// <param name="Turnover">Turnover on the last session on or before the as-of date, or null when the prices have no volume.</param>
/// <param name="Volume">The last session's volume against its 20- and 50-session averages (Froth.Rally.VolumeFacts), or null when it has no volume.</param>
/// <param name="Margin">The margin-financing balance, or null when the store holds none.</param>
/// <param name="Notes">What is missing and how to read the figures.</param>
internal sealed record SpeculationReport(string Symbol, string Name, DateOnly AsOf, TurnoverReport? Turnover, VolumeSnapshot? Volume, MarginReport? Margin, IReadOnlyList<string> Notes)
{
    public void Render(IAnsiConsole console)
    {
        var table = new Table().AddColumn("gauge").AddColumn(new TableColumn("value").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{Symbol} speculation gauges as of {IsoDate.Format(AsOf)}"));
        if (Turnover is { } t)
        {
            table.AddRow(Markup.Escape($"turnover (close × volume) on {IsoDate.Format(t.Date)}"), Markup.Escape(t.Turnover.ToString("G4", CultureInfo.InvariantCulture)));
            table.AddRow(
                Markup.Escape($"÷ average of the {t.Window} sessions before"),
                Markup.Escape(Ratio(t.Ratio)));
        }

        if (Volume is { } v)
        {
            table.AddRow(Markup.Escape("volume ÷ average of the 20 sessions before"), Markup.Escape(Ratio(v.Ratio20)));
            table.AddRow(Markup.Escape("volume ÷ average of the 50 sessions before"), Markup.Escape(Ratio(v.Ratio50)));
        }

        if (Margin is { } m)
        {
            table.AddRow(Markup.Escape($"margin balance ({m.Series}) on {IsoDate.Format(m.Date)}, CNY bn"), Markup.Escape((m.Balance / 1e9).ToString("N1", CultureInfo.InvariantCulture)));
            table.AddRow(
                Markup.Escape(m.ChangeFrom is { } from ? $"change since {IsoDate.Format(from)}" : "change"),
                Markup.Escape(m.Change is { } c ? (c * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "undefined"));
            table.AddRow(Markup.Escape($"percentile in {m.History.Years} years"), m.History.Percentile.ToString("F3", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        foreach (var n in Notes)
        {
            console.WriteLine($"note: {n}");
        }
    }

    private static string Ratio(double? ratio) =>
        ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "undefined (warm-up or missing volume)";
}

/// <summary>Turnover of one session (see <c>Froth.Speculation.TurnoverPoint</c>).</summary>
/// <param name="Source">Price source read.</param>
/// <param name="Date">Session.</param>
/// <param name="Turnover">Close × volume.</param>
/// <param name="Average">Mean of the <paramref name="Window"/> sessions before.</param>
/// <param name="Ratio">Turnover ÷ average.</param>
/// <param name="Window">Sessions averaged.</param>
/// <param name="Unit">What the turnover is measured in.</param>
internal sealed record TurnoverReport(string Source, DateOnly Date, double Turnover, double? Average, double? Ratio, int Window, string Unit);

/// <summary>The margin-financing balance (see <c>Froth.Speculation.MarginBalanceSnapshot</c>).</summary>
internal sealed record MarginReport(
    string Series, string Source, double Balance, DateOnly Date, DateOnly? ChangeFrom, double? Change, ValuationHistoryReport History, ValuationStaleReport Stale);

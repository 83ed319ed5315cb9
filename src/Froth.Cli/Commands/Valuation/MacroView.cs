using System.Globalization;
using Froth.Analysis.Macro;
using Froth.Macro;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Valuation;

/// <summary>The tables <c>froth macro</c> prints.</summary>
internal static class MacroView
{
    public static void Render(IAnsiConsole console, MacroOverview overview)
    {
        var macro = overview.Macro;
        var sources = new Table().AddColumn("column").AddColumn("series").AddColumn("source").AddColumn("unit (source)").AddColumn("years");
        sources.Title = new TableTitle(Markup.Escape($"{macro.Country} macro series"));
        foreach (var s in macro.Series)
        {
            sources.AddRow(
                Markup.Escape(s.Field),
                Markup.Escape(s.Verified ? s.Symbol : $"{s.Symbol} (UNVERIFIED)"),
                Markup.Escape(s.Source.Source),
                Markup.Escape(s.Unit ?? "—"),
                Markup.Escape($"{s.Source.First.Year}–{s.Source.Last.Year}"));
        }

        console.Write(sources);

        var table = new Table().AddColumn("year");
        foreach (var h in new[] { "CPI", "GDP deflator", "real growth", "nominal (local)", "GDP, USD bn", "nominal (USD)" })
        {
            table.AddColumn(new TableColumn(h).RightAligned());
        }

        table.Title = new TableTitle("annual, % (nominal local = (1 + real)(1 + deflator) − 1)");
        foreach (var y in macro.Overlay.Years)
        {
            table.AddRow(
                y.Year.ToString(CultureInfo.InvariantCulture),
                Pct(y.CpiInflation),
                Pct(y.GdpDeflatorInflation),
                Pct(y.RealGdpGrowth),
                Pct(y.NominalGrowthLocal),
                y.NominalGdp is { } g ? (g / 1e9).ToString("N0", CultureInfo.InvariantCulture) : "—",
                Pct(y.NominalGdpGrowth));
        }

        console.Write(table);
        foreach (var f in overview.Facts)
        {
            console.WriteLine($"- {f}");
        }

        if (overview.Index is { } index)
        {
            Render(console, index);
        }

        foreach (var n in macro.Notes.Concat(overview.Index?.Notes ?? []))
        {
            console.WriteLine($"note: {n}");
        }
    }

    private static void Render(IAnsiConsole console, DivergenceAnalysis d)
    {
        var table = new Table().AddColumn("year").AddColumn(new TableColumn("last close").RightAligned())
            .AddColumn(new TableColumn("index return, %").RightAligned())
            .AddColumn(new TableColumn("nominal GDP, %").RightAligned())
            .AddColumn(new TableColumn("excess, %").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{d.Symbol} against nominal GDP growth ({(d.Result.Measure == NominalGrowthMeasure.LocalCurrency ? "local currency" : "current US dollars")})"));
        foreach (var y in d.Result.Years.Where(y => y.Close is not null))
        {
            table.AddRow(
                y.Year.ToString(CultureInfo.InvariantCulture),
                y.Close is { } c ? Markup.Escape($"{c.ToString("F2", CultureInfo.InvariantCulture)} ({IsoDate.Format(y.CloseDate!.Value)})") : "—",
                Pct(y.IndexReturn),
                Pct(y.NominalGrowth),
                Pct(y.Excess));
        }

        console.Write(table);
        console.WriteLine($"- {d.Summary}");
    }

    private static string Pct(double? v) => v is { } x ? (x * 100).ToString("F2", CultureInfo.InvariantCulture) : "—";
}

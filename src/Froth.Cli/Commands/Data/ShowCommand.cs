using System.CommandLine;
using Froth.Analysis.Storage;
using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Data;

/// <summary><c>froth show SYMBOL</c>: the bars (or points) of one instrument from one source, within a date range.</summary>
public static class ShowCommand
{
    /// <summary>Creates <c>froth show</c>.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string>("SYMBOL") { Description = "Canonical symbol or alias (0700.HK, TENCENT, NDX, HSTECH.HK:PE)." };
        var from = DateOptions.Create("--from", "First date to show (inclusive).");
        var to = DateOptions.Create("--to", "Last date to show (inclusive).");
        var source = new Option<string?>("--source")
        {
            Description = "Source to show (see 'froth list --format json'); default: the preferred source.",
            HelpName = "NAME",
        };
        var command = new Command("show", "Show the daily bars (or the points of a valuation or macro series) of one instrument.")
        {
            symbol,
            from,
            to,
            source,
        };
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var series = CatalogQueries.Show(ctx.Workspace, ctx.Get(symbol)!, ctx.Get(from), ctx.Get(to), ctx.Get(source));
            if (series.Bars is { } bars)
            {
                var rows = bars.Select(b => new BarRow(b.Date, b.Open, b.High, b.Low, b.Close, b.Volume)).ToList();
                ctx.Write(rows, console => RenderBars(console, series.Instrument, series.Source, series.Sources, rows));
            }
            else
            {
                var rows = series.Points!.Select(p => new PointRow(p.Date, p.Value)).ToList();
                ctx.Write(rows, console => RenderPoints(console, series.Instrument, series.Source, series.Sources, rows));
            }

            return FrothApp.Ok;
        });
        return command;
    }

    private static void Title(IAnsiConsole console, Instrument instrument, SeriesSource source, IReadOnlyList<SeriesSource> sources, int rows, string unit)
    {
        var which = sources.Count == 1
            ? "its only source"
            : source == sources[0] ? $"the preferred of its {sources.Count} sources" : $"one of its {sources.Count} sources";
        console.Line(
            $"{instrument.Symbol} ({instrument.Name}): {DataCells.Count(rows)} {unit} from {source.Source} ({which}), "
            + $"adjustment {source.Adjustment.ToString().ToLowerInvariant()}");
    }

    private static void RenderBars(IAnsiConsole console, Instrument instrument, SeriesSource source, IReadOnlyList<SeriesSource> sources, List<BarRow> rows)
    {
        Title(console, instrument, source, sources, rows.Count, "bars");
        if (rows.Count == 0)
        {
            return;
        }

        var table = DataCells.Table("Date", "Open", "High", "Low", "Close", "Volume").RightAlign(1, 2, 3, 4, 5);
        foreach (var r in rows)
        {
            table.Row(DataCells.Date(r.Date), DataCells.Number(r.Open), DataCells.Number(r.High), DataCells.Number(r.Low), DataCells.Number(r.Close), DataCells.Number(r.Volume));
        }

        console.Write(table);
    }

    private static void RenderPoints(IAnsiConsole console, Instrument instrument, SeriesSource source, IReadOnlyList<SeriesSource> sources, List<PointRow> rows)
    {
        Title(console, instrument, source, sources, rows.Count, "points");
        if (rows.Count == 0)
        {
            return;
        }

        var table = DataCells.Table("Date", "Value" + (instrument.Unit is { } u ? $" ({u})" : "")).RightAlign(1);
        foreach (var r in rows)
        {
            table.Row(DataCells.Date(r.Date), DataCells.Number(r.Value));
        }

        console.Write(table);
    }

    /// <summary>One bar as written in JSON.</summary>
    internal sealed record BarRow(DateOnly Date, double Open, double High, double Low, double Close, double? Volume);

    /// <summary>One point as written in JSON.</summary>
    internal sealed record PointRow(DateOnly Date, double Value);
}

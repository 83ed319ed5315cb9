using System.CommandLine;
using Froth.Analysis.Storage;
using Froth.Cli.Hosting;
using Froth.Data.Quality;
using Spectre.Console;

namespace Froth.Cli.Commands.Data;

/// <summary>
/// <c>froth quality</c>: the data issues stored with the latest import of each file, grouped by rule with file and
/// line, and where the sources of one instrument disagree.
/// </summary>
public static class QualityCommand
{
    /// <summary>Issues listed per rule unless <c>--limit</c> says otherwise.</summary>
    public const int DefaultLimit = 10;

    /// <summary>Creates <c>froth quality</c>.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Option<string?>("--symbol")
        {
            Description = "Only this instrument (symbol or alias): its issues, and its sources compared.",
            HelpName = "SYMBOL",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "Issues listed per rule (the counts always cover all); 0 lists every issue.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultLimit,
        };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--limit must be 0 (no limit) or a positive number of issues.");
            }
        });
        var command = new Command("quality", "Show the data issues of the imported files by rule, and where an instrument's sources disagree.")
        {
            symbol,
            limit,
        };
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var result = CatalogQueries.Quality(ctx.Workspace, ctx.Get(symbol), ctx.Get(limit));
            ctx.Write(result, console => Render(console, ctx, result));
            return FrothApp.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, CommandContext ctx, QualityReview result)
    {
        if (result.Rules.Count == 0)
        {
            console.Line("No data issues are stored.");
        }
        else
        {
            console.Line($"Data issues: {DataCells.Count(result.Issues)}, by rule:");
            var summary = DataCells.Table("Rule", "Severity", "Action", "Issues", "Files").RightAlign(3, 4);
            foreach (var g in result.Rules)
            {
                summary.Row(g.Rule, g.Severity.ToString().ToLowerInvariant(), string.Join(", ", g.Actions.Select(a => a.ToString().ToLowerInvariant())), DataCells.Count(g.Count), DataCells.Count(g.Files));
            }

            console.Write(summary);
            foreach (var g in result.Rules)
            {
                var more = g.Count > g.Listed.Count ? $" (first {g.Listed.Count} of {DataCells.Count(g.Count)})" : "";
                console.Line($"{g.Rule}{more}:");
                var table = DataCells.Table("File:line", "Symbol", "Date", "Column", "Value", "Message");
                foreach (var i in g.Listed)
                {
                    table.Row(
                        ctx.DisplayPath(i.File) + (i.Line is { } l ? $":{l}" : ""),
                        i.Symbol,
                        DataCells.Date(i.Date),
                        i.Column,
                        i.Value,
                        i.Message);
                }

                console.Write(table);
            }
        }

        if (result.Sources.Count == 0)
        {
            console.Line("No instrument has several sources to compare.");
            return;
        }

        console.Line($"Sources compared (closes or values agree within {DataCells.Percent(SourceComparison.RelativeTolerance)}):");
        var sources = DataCells.Table("Symbol", "Sources", "Overlap", "Common", "Disagree", "Largest difference", "Only in first", "Only in second")
            .RightAlign(3, 4, 6, 7);
        foreach (var a in result.Sources)
        {
            var largest = a.Largest.FirstOrDefault() is { } d
                ? $"{DataCells.Date(d.Date)}: {DataCells.Number(d.A)} vs {DataCells.Number(d.B)} ({DataCells.Percent(d.RelativeDifference)})"
                : "";
            sources.Row(
                a.Symbol,
                $"{a.SourceA} / {a.SourceB}" + (a.AdjustmentsDiffer ? " (adjusted differently)" : ""),
                a.OverlapFrom is { } f ? $"{DataCells.Date(f)} .. {DataCells.Date(a.OverlapTo)}" : "none",
                DataCells.Count(a.CommonDates),
                DataCells.Count(a.Disagreeing),
                largest,
                DataCells.Count(a.OnlyInA),
                DataCells.Count(a.OnlyInB));
        }

        console.Write(sources);
    }
}

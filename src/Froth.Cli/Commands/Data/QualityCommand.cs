using Froth.Data.MarketData;
using System.CommandLine;
using Froth.Cli.Hosting;
using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Data.Store;
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
            var data = ctx.OpenMarketData();
            var canonical = ctx.Get(symbol) is { } s ? data.Resolve(s).Symbol : null;
            var issues = data is StoreMarketData store ? store.Issues(canonical) : [];
            var max = ctx.Get(limit);
            var groups = issues
                .GroupBy(i => i.Issue.Rule, StringComparer.Ordinal)
                .OrderByDescending(g => g.Max(i => i.Issue.Severity))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RuleGroup(
                    g.Key,
                    g.Max(i => i.Issue.Severity),
                    [.. g.Select(i => i.Issue.Action).Distinct().Order()],
                    g.Count(),
                    g.Select(i => i.Issue.Location).Distinct(StringComparer.Ordinal).Count(),
                    [.. (max == 0 ? g : g.Take(max)).Select(i => IssueItem.From(i.Issue))]))
                .ToList();
            var result = new QualityResult(issues.Count, groups, SourceComparison.Compare(data, canonical));
            ctx.Write(result, console => Render(console, ctx, result));
            return FrothApp.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, CommandContext ctx, QualityResult result)
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

    /// <summary>The command's result, as written in JSON.</summary>
    internal sealed record QualityResult(int Issues, IReadOnlyList<RuleGroup> Rules, IReadOnlyList<SourceAgreement> Sources);

    /// <summary>The issues of one rule: counts over all, and the first ones listed.</summary>
    internal sealed record RuleGroup(string Rule, IssueSeverity Severity, IReadOnlyList<IssueAction> Actions, int Count, int Files, IReadOnlyList<IssueItem> Listed);

    /// <summary>One issue as written in JSON.</summary>
    internal sealed record IssueItem(string File, int? Line, string? Column, string? Value, string Message, IssueAction Action, IssueSeverity Severity, string? Symbol, DateOnly? Date)
    {
        public static IssueItem From(DataIssue i) => new(i.Location, i.Line, i.Column, i.Value, i.Message, i.Action, i.Severity, i.Symbol, i.Date);
    }
}

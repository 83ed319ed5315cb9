using System.CommandLine;
using Froth.Analysis.Baskets;
using Froth.Analysis.Subjects;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;
using Froth.Data.Baskets;
using Spectre.Console;

namespace Froth.Cli.Commands.Rally;

/// <summary><c>froth basket FILE|PRESET</c>: a basket's index, breadth, leaders and laggards, market value added, against its benchmarks.</summary>
public static class BasketCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var basket = new Argument<string?>("FILE|PRESET")
        {
            Description = "A basket file (JSON, see docs/rally.md) or the name of a preset (froth basket --list-presets).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = DateOptions.Create("--as-of", "Use only data up to this date (default: --to, else the latest date the basket's main series share: docs/architecture.md, the as-of policy).");
        var from = DateOptions.Create("--from", "Base date: the period is measured from the last basket session on or before it (default: 31 December of the year before --to, i.e. year to date).");
        var to = DateOptions.Create("--to", "End of the period (default: --as-of).");
        var top = new Option<int>("--top") { Description = "How many leaders and laggards to list.", HelpName = "N", DefaultValueFactory = _ => 5 };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError($"--top must be between 1 and 1000, got {r.GetValueOrDefault<int>()}.");
            }
        });
        var list = new Option<bool>("--list-presets") { Description = "List the basket presets and exit." };
        var reporting = new Option<string?>("--reporting-currency")
        {
            Description = "Report in this currency (USD, CNY, HKD: prices and market values converted at each date's rate from CNY=X and HKD=X), or 'local' for each stock's own; default: the basket's.",
            HelpName = "CCY",
        };
        reporting.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && !string.Equals(v, "local", StringComparison.OrdinalIgnoreCase) && (v.Length != 3 || !v.All(char.IsAsciiLetter)))
            {
                r.AddError($"--reporting-currency must be a three-letter ISO code (USD) or 'local', got '{v}'.");
            }
        });
        var command = new Command(
            "basket",
            "A basket's index over a period, point in time: return against its benchmarks, breadth, leaders and laggards, market value added, and every constituent left out or held (docs/rally.md).");
        command.Add(basket);
        command.AddAll(asOf, from, to, top, reporting, list);
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            if (ctx.Get(list))
            {
                var presets = BasketPresets.Names.Select(n => BasketPresets.Load(n).Definition).Select(d => new PresetOutput(d.Name, d.Description, d.Constituents.Count, d.Benchmarks)).ToList();
                ctx.Write(presets, console =>
                {
                    var table = new Table().AddColumn("preset").AddColumn(new TableColumn("constituents").RightAligned()).AddColumn("benchmarks").AddColumn("description");
                    foreach (var p in presets)
                    {
                        table.AddRow(Markup.Escape(p.Name), RallyText.Count(p.Constituents), Markup.Escape(string.Join(", ", p.Benchmarks)), Markup.Escape(p.Description));
                    }

                    console.Write(table);
                });
                return FrothApp.Ok;
            }

            var name = ctx.Get(basket) ?? throw new FrothException("Give a basket file or a preset name (froth basket --list-presets lists the presets).");
            var source = SubjectResolver.RequireBasket(ctx.Workspace, name);
            if (ctx.Get(reporting) is { } currency)
            {
                var code = string.Equals(currency, "local", StringComparison.OrdinalIgnoreCase) ? null : currency.ToUpperInvariant();
                source = source with { Definition = source.Definition with { ReportingCurrency = code } };
            }

            var (first, last, end) = (ctx.Get(from), ctx.Get(asOf), ctx.Get(to));
            RequireOrder(end, last, "--to", "--as-of");
            RequireOrder(first, end ?? last, "--from", end is null ? "--as-of" : "--to");
            var inputs = BasketInputs.Load(ctx.Workspace.Market, source);
            var decision = AsOfPolicy.Choose(inputs, last ?? end);
            var analysis = BasketQueries.Analyse(inputs, decision, first, end, ctx.Get(top));
            ctx.Write(analysis, console => BasketView.Render(console, analysis));
            return FrothApp.Ok;
        });
        return command;
    }

    private static void RequireOrder(DateOnly? from, DateOnly? to, string fromName, string toName)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw new FrothException($"{fromName} {RallyText.Iso(f)} is after {toName} {RallyText.Iso(t)}; expected {fromName} ≤ {toName}.");
        }
    }
}

/// <summary>One preset in <c>froth basket --list-presets</c>.</summary>
internal sealed record PresetOutput(string Name, string Description, int Constituents, IReadOnlyList<string> Benchmarks);

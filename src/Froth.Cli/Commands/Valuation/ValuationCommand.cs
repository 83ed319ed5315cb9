using System.CommandLine;
using System.Globalization;
using Froth.Analysis.Baskets;
using Froth.Analysis.Subjects;
using Froth.Analysis.Valuation;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;
using Froth.Valuation;

namespace Froth.Cli.Commands.Valuation;

/// <summary><c>froth valuation SYMBOL</c>: a valuation series (the P/E by default) on an as-of date against its own history.</summary>
public static class ValuationCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string>("SYMBOL|BASKET")
        {
            Description = "Index symbol or alias (HSTECH, STAR50, 000688.SS): its P/E, the series SYMBOL:PE. A valuation series may be named directly (HSTECH:ERP). A basket preset (china-ai) or file: each of its benchmarks' P/E.",
        };
        var asOf = DateOptions.Create("--as-of", "Date the value is taken on; nothing later is used (default: the series' last date; a basket: the latest date its main series share).");
        var years = new Option<int>("--years")
        {
            Description = "Calendar years of history the value is set against.",
            HelpName = "N",
            DefaultValueFactory = _ => ValuationOptions.Default.Years,
        };
        years.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 200)
            {
                r.AddError($"--years must be between 1 and 200, got {r.GetValueOrDefault<int>()}.");
            }
        });
        var allowShort = new Option<bool>("--allow-short") { Description = "Use a history shorter than --years when that is all there is (otherwise an error says how much there is)." };
        var source = new Option<string?>("--source") { Description = "Source of the series to read (default: the store's preferred source).", HelpName = "NAME" };
        var compare = new Option<string[]>("--compare")
        {
            Description = "Compare with another stored instrument's series on the same as-of date (repeatable), e.g. --compare HSTECH.",
            HelpName = "SYMBOL",
        };
        var comparePe = new Option<string[]>("--compare-pe")
        {
            Description = "Compare with a multiple you give, optionally named, e.g. --compare-pe 30 or --compare-pe \"Nasdaq 100=30\" (repeatable).",
            HelpName = "[NAME=]X",
        };
        var command = new Command(
            "valuation",
            "A valuation series (the P/E) against its own history, point-in-time: average, median, min, max, percentile and "
            + "z-score over N calendar years; flags a stale value. Definitions: docs/valuation.md.")
        {
            symbol, asOf, years, allowShort, source, compare, comparePe,
        };
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var request = new ValuationRequest
            {
                AsOf = ctx.Get(asOf),
                Years = ctx.Get(years),
                AllowShort = ctx.Get(allowShort),
                Source = ctx.Get(source),
                Compare = ctx.Get(compare) ?? [],
                CompareMultiples = [.. (ctx.Get(comparePe) ?? []).Select(ParseMultiple).Select(m => new GivenMultiple(m.Label, m.Multiple))],
            };
            var ws = ctx.Workspace;
            var name = ctx.Get(symbol)!;
            if (SubjectResolver.TryBasket(ws, name) is { } basket)
            {
                if (request.Source is not null || request.Compare.Count > 0 || request.CompareMultiples.Count > 0)
                {
                    throw new FrothException($"--source, --compare and --compare-pe are for one valuation series; '{name}' is a basket, whose benchmarks are each read from their preferred source.");
                }

                var inputs = BasketInputs.Load(ws.Market, basket);
                var decision = AsOfPolicy.Choose(inputs, request.AsOf);
                var valuation = ValuationQueries.ForBasket(ws.Market, inputs, decision, request);
                ctx.Write(valuation, console => ValuationView.Render(console, valuation));
                return FrothApp.Ok;
            }

            var analysis = ValuationQueries.Compute(ws.Market, ValuationQueries.Find(ws.Market, name), request);
            ctx.Write(analysis, console => ValuationView.Render(console, analysis));
            return FrothApp.Ok;
        });
        return command;
    }

    private static (string Label, double Multiple) ParseMultiple(string text)
    {
        var eq = text.LastIndexOf('=');
        var label = eq > 0 ? text[..eq].Trim() : $"given P/E {text.Trim()}";
        var number = eq >= 0 ? text[(eq + 1)..].Trim() : text.Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var multiple) || !double.IsFinite(multiple) || multiple <= 0)
        {
            throw new FrothException($"--compare-pe '{text}': expected a positive number such as 30, optionally named as NAME=30.");
        }

        return (label, multiple);
    }
}

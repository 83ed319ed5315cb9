using System.CommandLine;
using Froth.Baskets;
using Froth.Cli.Hosting;
using Froth.Data.Baskets;
using Froth.Data.MarketData;
using Froth.Data.Symbols;
using Froth.Rally;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Rally;

/// <summary><c>froth basket FILE|PRESET</c>: a basket's index, breadth, leaders and laggards, market value added, against its benchmarks.</summary>
public static class BasketCommand
{
    /// <summary>Days a benchmark's last close may trail the basket's last session before it is flagged.</summary>
    private const int StaleBenchmarkDays = 5;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var basket = new Argument<string?>("FILE|PRESET")
        {
            Description = "A basket file (JSON, see docs/rally.md) or the name of a preset (froth basket --list-presets).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = RallyInput.Date("--as-of", "Use only data up to this date (default: --to, else the last date every constituent has data for).");
        var from = RallyInput.Date("--from", "Base date: the index is 100 at the last basket session on or before it (default: 31 December of the year before --to, i.e. year to date).");
        var to = RallyInput.Date("--to", "End of the period (default: --as-of).");
        var top = new Option<int>("--top") { Description = "How many leaders and laggards to list.", HelpName = "N", DefaultValueFactory = _ => 5 };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError($"--top must be between 1 and 1000, got {r.GetValueOrDefault<int>()}.");
            }
        });
        var list = new Option<bool>("--list-presets") { Description = "List the basket presets and exit." };
        var command = new Command(
            "basket",
            "A basket's index over a period, point in time: return against its benchmarks, breadth, leaders and laggards, market value added, and every constituent left out or held (docs/rally.md).");
        command.Add(basket);
        command.AddAll(asOf, from, to, top, list);
        command.SetAction(parseResult =>
        {
            var ctx = new CommandContext(parseResult, env);
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
            var source = Load(ctx, name);
            Run(ctx, source, ctx.Get(asOf), ctx.Get(from), ctx.Get(to), ctx.Get(top));
            return FrothApp.Ok;
        });
        return command;
    }

    /// <summary>Reads a basket file, or loads a preset of that name (what <c>froth basket</c> and <c>froth report</c> accept).</summary>
    /// <exception cref="FrothException">Neither a file nor a preset has that name; the message lists the presets.</exception>
    internal static BasketSource Load(CommandContext ctx, string name)
    {
        var path = ctx.Environment.FullPath(name);
        if (File.Exists(path))
        {
            return BasketFile.Read(path);
        }

        if (BasketPresets.Exists(name))
        {
            return BasketPresets.Load(name);
        }

        throw new FrothException($"No basket file '{name}' (looked for {path}) and no preset of that name; presets: {string.Join(", ", BasketPresets.Names)}.");
    }

    private static void Run(CommandContext ctx, BasketSource source, DateOnly? asOf, DateOnly? from, DateOnly? to, int top)
    {
        RallyInput.RequireOrder(to, asOf, "--to", "--as-of");
        RallyInput.RequireOrder(from, to ?? asOf, "--from", to is null ? "--as-of" : "--to");
        var definition = source.Definition;
        var market = ctx.OpenMarketData();
        var notes = new List<string>();

        // Resolve every constituent; a symbol nothing knows is an error at its line, a known one without data an exclusion.
        var resolved = new List<BasketConstituent>();
        var data = new List<ConstituentData>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Constituents.Count; i++)
        {
            var c = definition.Constituents[i];
            Instrument instrument;
            IReadOnlyList<DailyBar> bars;
            try
            {
                instrument = market.Resolve(c.Symbol);
                bars = instrument.HasBars ? market.Bars(instrument.Symbol, null, asOf) : [];
                if (!instrument.HasBars)
                {
                    throw source.Error(source.SymbolPath(i), c.Symbol, $"a symbol with daily prices ({instrument.Symbol} is a {instrument.Kind.ToString().ToLowerInvariant()} series)");
                }
            }
            catch (UnknownSymbolException e)
            {
                if (SymbolCatalog.Find(c.Symbol) is not { } known)
                {
                    var hint = e.Suggestions.Count > 0 ? $"; did you mean {string.Join(", ", e.Suggestions)}?" : " (run 'froth list' to see the store)";
                    throw source.Error(source.SymbolPath(i), c.Symbol, $"a symbol or alias in the store{hint}");
                }

                instrument = known;
                bars = [];
                notes.Add($"{known.Symbol} ({known.Name}) is a known symbol but the store has no data for it; import or fetch it to include it.");
            }

            if (seen.TryGetValue(instrument.Symbol, out var first))
            {
                throw source.Error(source.SymbolPath(i), c.Symbol, $"each constituent once ({c.Symbol} is {instrument.Symbol}, also constituents[{first}])");
            }

            seen[instrument.Symbol] = i;
            resolved.Add(c with { Symbol = instrument.Symbol });
            data.Add(new ConstituentData(instrument.Symbol, instrument.Name, instrument.Currency ?? throw new FrothException($"{instrument.Symbol} has no currency; a basket needs each constituent's currency."), bars));
        }

        var withData = data.Where(d => d.Bars.Count > 0).ToList();
        if (withData.Count == 0)
        {
            throw new FrothException($"Basket '{definition.Name}' has no constituent with data{(asOf is { } a ? $" on or before {RallyText.Iso(a)}" : string.Empty)}.");
        }

        var cutoff = asOf ?? to ?? withData.Min(d => d.Bars[^1].Date);
        if (asOf is null && to is null && withData.Max(d => d.Bars[^1].Date) > cutoff)
        {
            notes.Add($"As of {RallyText.Iso(cutoff)}, the last date every constituent has data for (the latest data runs to {RallyText.Iso(withData.Max(d => d.Bars[^1].Date))}); use --as-of to move it.");
        }

        var end = to ?? cutoff;
        var start = from ?? new DateOnly(end.Year - 1, 12, 31);
        RallyInput.RequireOrder(start, end, "--from", "--to");

        // FX: a reporting currency needs a per-dollar series of each other currency; name every one that is missing.
        var fx = new List<FxSeries>();
        var missing = new List<string>();
        foreach (var ccy in Basket.RequiredFx(definition.ReportingCurrency, withData.Select(d => d.Currency)))
        {
            var symbol = FxSeries.SymbolFor(ccy);
            try
            {
                var instrument = market.Resolve(symbol);
                fx.Add(new FxSeries(ccy, market.Bars(instrument.Symbol, null, end)));
            }
            catch (UnknownSymbolException)
            {
                missing.Add(symbol);
            }
        }

        if (missing.Count > 0)
        {
            var needed = string.Join(" and ", missing.Select(s => $"{s} ({s[..3]} per US dollar)"));
            throw new FrothException(
                $"Basket '{definition.Name}' reports in {definition.ReportingCurrency} and needs the FX series {needed}, which the store does not hold. "
                + $"Get it with 'froth fetch {missing[0]} --source yahoo' (or import a file of it with 'froth import'), or set \"reportingCurrency\": \"local\" in {source.Location}.");
        }

        var result = Basket.Build(definition with { Constituents = resolved }, data, new BasketOptions { From = start, To = end, Top = top }, fx);
        if (definition.ReportingCurrency is null && result.Currencies.Count > 1)
        {
            notes.Add($"Local currencies: each constituent's return is in its own currency ({string.Join(", ", result.Currencies)}); no FX conversion.");
        }

        foreach (var c in result.Constituents)
        {
            if (c.EnteredOn is { } entered)
            {
                notes.Add($"{c.Symbol} listed after the base; it entered at the close of {RallyText.Iso(entered)}.");
            }

            if (c.StaleSessions > 0)
            {
                notes.Add($"{c.Symbol} has no data after {RallyText.Iso(c.LastSession)}; its price is held for the last {c.StaleSessions} basket sessions.");
            }

            foreach (var g in c.Gaps)
            {
                notes.Add($"{c.Symbol} has no bars between {RallyText.Iso(g.LastBefore)} and {RallyText.Iso(g.FirstAfter)} ({g.Weekdays} weekdays; suspended or missing); its price is held.");
            }
        }

        var benchmarks = definition.Benchmarks.Select(b => Benchmark(market, b, result, notes)).ToList();
        var output = BasketOutput.Of(source.Location, definition.Description, cutoff, start, result, benchmarks, notes);
        ctx.Write(output, output.Render);
    }

    private static BenchmarkOutput Benchmark(IMarketData market, string symbol, BasketResult basket, List<string> notes)
    {
        Instrument instrument;
        try
        {
            instrument = market.Resolve(symbol);
        }
        catch (UnknownSymbolException)
        {
            notes.Add($"Benchmark {symbol} is not in the store; left out of the comparison.");
            return new BenchmarkOutput(symbol, symbol, null, null, null, null, null, null, "not in the store");
        }

        var bars = market.Bars(instrument.Symbol, null, basket.EndSession);
        var r = bars.Count == 0 ? null : Returns.Between(bars, basket.BaseSession, basket.EndSession);
        if (r is null || (r.EndSession <= basket.BaseSession && basket.EndSession > basket.BaseSession))
        {
            notes.Add(r is null
                ? $"Benchmark {instrument.Symbol} has no close on or before {RallyText.Iso(basket.BaseSession)}; left out of the comparison."
                : $"Benchmark {instrument.Symbol} has no data after {RallyText.Iso(r.EndSession)}, inside the period; left out of the comparison.");
            return new BenchmarkOutput(instrument.Symbol, instrument.Name, instrument.Currency, null, null, null, null, null, "no data for the period");
        }

        // Compare over the same window: the basket's level on its last session on or before the benchmark's end.
        var level = basket.Index.Last(p => p.Date <= r.EndSession).Level;
        var basketReturn = (level / Froth.Baskets.Basket.BaseLevel) - 1;
        if (basket.EndSession.DayNumber - r.EndSession.DayNumber > StaleBenchmarkDays)
        {
            notes.Add($"Benchmark {instrument.Symbol}'s data ends on {RallyText.Iso(r.EndSession)}, before the basket's last session {RallyText.Iso(basket.EndSession)}: it is compared with the basket up to then.");
        }

        return new BenchmarkOutput(instrument.Symbol, instrument.Name, instrument.Currency, r.BaseSession, r.EndSession, r.Return, basketReturn, basketReturn - r.Return, null);
    }
}

/// <summary>One preset in <c>froth basket --list-presets</c>.</summary>
internal sealed record PresetOutput(string Name, string Description, int Constituents, IReadOnlyList<string> Benchmarks);

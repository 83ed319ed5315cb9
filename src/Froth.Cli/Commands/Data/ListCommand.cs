using System.CommandLine;
using Froth.Analysis.Storage;
using Froth.Cli.Hosting;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Data;

/// <summary>
/// <c>froth list</c>: every instrument in the store with its preferred source's range and size, and its other
/// sources. The JSON is stable: the same store always lists byte-identically.
/// </summary>
/// <remarks>
/// The market-capitalisation files give a valuation series per stock (thousands: <c>0700.HK:MARKET_CAP</c>,
/// <c>688256.SS:PE</c>…). By default they are left out of the listing and counted in its last line, so that the
/// indices, stocks, currencies and market-wide series stay readable; <c>--all</c> lists everything, and <c>--kind</c>
/// or <c>--market</c> list every instrument that matches, single-stock series included.
/// </remarks>
public static class ListCommand
{
    private static readonly string[] Kinds = ["index", "stock", "etf", "fx", "valuation", "macro"];

    /// <summary>Creates <c>froth list</c>.</summary>
    public static Command Create(CliEnvironment env)
    {
        var all = new Option<bool>("--all")
        {
            Description = "Also list the valuation series of single stocks (market cap, P/E), which are otherwise only counted.",
        };
        var kind = new Option<string[]>("--kind")
        {
            Description = "List only instruments of these kinds (repeatable): " + string.Join(", ", Kinds) + ".",
            HelpName = string.Join('|', Kinds),
            AllowMultipleArgumentsPerToken = false,
        };
        kind.AcceptOnlyFromAmong(Kinds);
        var market = new Option<string[]>("--market")
        {
            Description = "List only instruments of these markets (repeatable): HK, SH, SZ, BJ, US, FX, or a country code such as CN.",
            HelpName = "CODE",
        };
        var command = new Command("list", "List the instruments in the store, with the range and rows of each one's preferred source.")
        {
            all,
            kind,
            market,
        };
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var request = new ListRequest
            {
                All = ctx.Get(all),
                Kinds = [.. (ctx.Get(kind) ?? []).Select(k => Enum.Parse<InstrumentKind>(k, ignoreCase: true))],
                Markets = ctx.Get(market) ?? [],
            };
            var listing = CatalogQueries.List(ctx.Workspace, request);
            ctx.Write(listing.Items, console => Render(console, ctx, listing));
            return FrothApp.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, CommandContext ctx, Listing listing)
    {
        var (items, hidden) = (listing.Items, listing.Hidden);
        if (items.Count == 0 && hidden.Count == 0)
        {
            console.Line($"The store {ctx.DisplayPath(ctx.StorePath)} holds no instruments yet; add data with 'froth import PATH...'.");
            return;
        }

        // The first alias is the friendly one (TENCENT, SSEC, CAMBRICON); the JSON has them all.
        var table = DataCells.Table("Symbol", "Alias", "Name", "Kind", "Currency", "First", "Last", "Rows", "Preferred source")
            .RightAlign(7)
            .NoWrap(5, 6, 7);
        foreach (var i in items)
        {
            var others = i.Sources.Count > 1 ? $" (+{i.Sources.Count - 1})" : "";
            table.Row(
                i.Symbol,
                i.Aliases.FirstOrDefault() ?? "",
                i.Name,
                KindText(i.Kind),
                i.Currency ?? i.Unit ?? "",
                DataCells.Date(i.First),
                DataCells.Date(i.Last),
                DataCells.Count(i.Rows),
                i.Source + others);
        }

        if (items.Count > 0)
        {
            console.Write(table);
        }

        console.Line($"{DataCells.Plural(items.Count, "instrument")}, {DataCells.Plural(items.Sum(i => i.Sources.Count), "source")}, in {ctx.DisplayPath(ctx.StorePath)}.");
        if (hidden.Count > 0)
        {
            var metrics = hidden
                .GroupBy(i => i.Symbol[(i.Symbol.IndexOf(':', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {DataCells.Count(g.Count())}");
            var markets = hidden.GroupBy(i => i.Market, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {DataCells.Count(g.Count())}");
            console.Line($"Not listed: {DataCells.Count(hidden.Count)} valuation series of single stocks ({string.Join(", ", metrics)}; by market {string.Join(", ", markets)}); list them with --all or --kind valuation --market HK.");
        }
    }

    private static string KindText(InstrumentKind kind) => kind switch
    {
        InstrumentKind.Etf => "ETF",
        InstrumentKind.Fx => "FX",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

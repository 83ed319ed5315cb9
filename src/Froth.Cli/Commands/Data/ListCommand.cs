using System.CommandLine;
using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Data.Store;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Data;

/// <summary>
/// <c>froth list</c>: every instrument in the store with its preferred source's range and size, and its other
/// sources. The JSON is stable: the same store always lists byte-identically.
/// </summary>
public static class ListCommand
{
    /// <summary>Creates <c>froth list</c>.</summary>
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("list", "List the instruments in the store, with the range and rows of each one's preferred source.");
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var data = ctx.OpenMarketData();
            var items = Items(data);
            ctx.Write(items, console => Render(console, ctx, items));
            return FrothApp.Ok;
        });
        return command;
    }

    private static List<ListItem> Items(IMarketData data)
    {
        var stored = data is StoreMarketData store
            ? store.List()
            : [.. data.Instruments().Select(i => new StoredInstrument(i, data.Sources(i.Symbol))).Where(s => s.Sources.Count > 0)];
        return [.. stored.Select(ListItem.From)];
    }

    private static void Render(IAnsiConsole console, CommandContext ctx, List<ListItem> items)
    {
        if (items.Count == 0)
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

        console.Write(table);
        console.Line($"{DataCells.Plural(items.Count, "instrument")}, {DataCells.Plural(items.Sum(i => i.Sources.Count), "source")}, in {ctx.DisplayPath(ctx.StorePath)}.");
    }

    private static string KindText(InstrumentKind kind) => kind switch
    {
        InstrumentKind.Etf => "ETF",
        InstrumentKind.Fx => "FX",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>One instrument of the listing; the range and counts describe the preferred source.</summary>
    internal sealed record ListItem(
        string Symbol,
        IReadOnlyList<string> Aliases,
        string Name,
        InstrumentKind Kind,
        string Market,
        string? Currency,
        Frequency Frequency,
        string? Unit,
        DateOnly First,
        DateOnly Last,
        int Bars,
        int Points,
        int Rows,
        string Source,
        IReadOnlyList<SourceItem> Sources)
    {
        public static ListItem From(StoredInstrument s)
        {
            var i = s.Instrument;
            var p = s.Preferred;
            return new ListItem(
                i.Symbol,
                i.Aliases,
                i.Name,
                i.Kind,
                i.Market,
                i.Currency,
                i.Frequency,
                i.Unit,
                p.First,
                p.Last,
                i.HasBars ? p.Rows : 0,
                i.HasBars ? 0 : p.Rows,
                p.Rows,
                p.Source,
                [.. s.Sources.Select(x => new SourceItem(x.Source, x.First, x.Last, x.Rows, x.HasVolume, x.Adjustment, x.StaleSince))]);
        }
    }

    /// <summary>One source of an instrument.</summary>
    internal sealed record SourceItem(string Source, DateOnly First, DateOnly Last, int Rows, bool HasVolume, PriceAdjustment Adjustment, DateOnly? StaleSince);
}

using Froth.Data.MarketData;
using System.CommandLine;
using System.Globalization;
using Froth.Cli.Hosting;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Cli.Commands.Bubble;

/// <summary>
/// The input options every LPPLS command shares: a stored <c>SYMBOL</c> (its daily closes) or one column of a
/// CSV file (<c>--file F [--column C]</c>), and the search's <c>--starts</c> and <c>--seed</c>. One instance
/// per command.
/// </summary>
internal sealed class LpplsInputOptions
{
    public Argument<string?> Symbol { get; } = new("SYMBOL")
    {
        Description = "Symbol or alias of a stored instrument (its daily closes). Give this or --file.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> File { get; } = new("--file")
    {
        Description = "Read prices from this CSV file instead of the store (a date column and a price column).",
        HelpName = "F",
    };

    /// <summary>Adds the input and search options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Symbol);
        command.Add(File);
        command.Add(Column);
    }

    public Option<string> Column { get; } = new("--column")
    {
        Description = "Column of --file holding the prices (case-insensitive).",
        HelpName = "C",
        DefaultValueFactory = _ => "close",
    };

    public Option<int> Starts { get; } = CreateStarts();

    public Option<long> Seed { get; } = new("--seed")
    {
        Description = "Seed of the random search; results are identical for a given seed.",
        HelpName = "S",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>Reads the series, up to <paramref name="to"/> when given, and checks every price is positive.</summary>
    public LpplsInput Read(CommandContext ctx, DateOnly? from, DateOnly? to)
    {
        var symbol = ctx.Get(Symbol);
        var file = ctx.Get(File);
        if ((symbol is null) == (file is null))
        {
            throw new FrothException("Give either a SYMBOL or --file F (one of them, not both).");
        }

        LpplsInput input;
        if (file is not null)
        {
            var column = ctx.Get(Column) ?? "close";
            var series = CsvColumnReader.Read(ctx.Environment.FullPath(file), column);
            if (series.Dates is null)
            {
                throw new FrothException($"{series.Location} has no date column; LPPLS needs the date of each price (a column named date or Date).");
            }

            var rows = series.Dates
                .Select((d, i) => (Date: d, Value: series.Values[i], Line: series.Lines[i]))
                .Where(r => (from is null || r.Date >= from) && (to is null || r.Date <= to))
                .ToList();
            foreach (var r in rows.Where(r => !(r.Value > 0)))
            {
                throw new FrothException($"{series.Location}:{r.Line}: the {series.Column} of {IsoDate.Format(r.Date)} is {r.Value.ToString(CultureInfo.InvariantCulture)}; LPPLS needs positive prices.");
            }

            input = new LpplsInput(series.Location, series.Column, [.. rows.Select(r => r.Date)], [.. rows.Select(r => r.Value)]);
        }
        else
        {
            var market = ctx.OpenMarketData();
            var instrument = market.Resolve(symbol!);
            if (!instrument.HasBars)
            {
                throw new FrothException($"{instrument.Symbol} ({instrument.Name}) has no daily bars; LPPLS needs a price series.");
            }

            var bars = market.Bars(instrument.Symbol, from, to);
            foreach (var bar in bars.Where(b => !(b.Close > 0)))
            {
                throw new FrothException($"{instrument.Symbol}: the close of {IsoDate.Format(bar.Date)} is {bar.Close.ToString(CultureInfo.InvariantCulture)}; LPPLS needs positive prices.");
            }

            input = new LpplsInput(instrument.Symbol, null, [.. bars.Select(b => b.Date)], [.. bars.Select(b => b.Close)]);
        }

        if (input.Prices.Count == 0)
        {
            throw new FrothException($"{input.Name} has no prices{LpplsInput.Range(from, to)}.");
        }

        return input;
    }

    private static Option<int> CreateStarts()
    {
        var option = new Option<int>("--starts")
        {
            Description = "Local searches begun per window, from the best of 128 sampled candidates (the best 4 run to convergence).",
            HelpName = "N",
            DefaultValueFactory = _ => Froth.Bubbles.Lppls.LpplsOptions.Default.Starts,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                result.AddError($"--starts must be between 1 and 10000, got {result.GetValueOrDefault<int>()}.");
            }
        });
        return option;
    }
}

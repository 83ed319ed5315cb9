using System.CommandLine;
using Froth.Analysis.Series;
using Froth.Analysis.Subjects;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;
using Froth.Series;

namespace Froth.Cli.Commands.Bubble;

/// <summary>
/// The input options every LPPLS command shares: a stored <c>SYMBOL</c> or a basket (its daily closes, or its index),
/// or one column of a CSV file (<c>--file F [--column C]</c>), the as-of date, and the search's <c>--starts</c> and
/// <c>--seed</c>. One instance per command.
/// </summary>
internal sealed class LpplsInputOptions
{
    public Argument<string?> Symbol { get; } = new("SYMBOL|BASKET")
    {
        Description = "Symbol or alias of a stored instrument (its daily closes), or a basket preset (china-ai) or file (its index). Give this or --file.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> File { get; } = new("--file")
    {
        Description = "Read prices from this CSV file instead of the store (a date column and a price column).",
        HelpName = "F",
    };

    public Option<string> Column { get; } = new("--column")
    {
        Description = "Column of --file holding the prices (case-insensitive).",
        HelpName = "C",
        DefaultValueFactory = _ => "close",
    };

    public Option<DateOnly?> AsOf { get; } = CreateAsOf();

    public Option<int> Starts { get; } = CreateStarts();

    public Option<long> Seed { get; } = new("--seed")
    {
        Description = "Seed of the random search; results are identical for a given seed.",
        HelpName = "S",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>Adds the input options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Symbol);
        command.Add(File);
        command.Add(Column);
        command.Add(AsOf);
    }

    /// <summary>True when the prices come from a file (then the default window is the whole file).</summary>
    public bool FromFile(CommandContext ctx) => ctx.Get(File) is not null;

    /// <summary>Reads the prices up to the as-of date: a subject's from the store, or a file's column.</summary>
    public SubjectSeries Read(CommandContext ctx)
    {
        var symbol = ctx.Get(Symbol);
        var file = ctx.Get(File);
        if ((symbol is null) == (file is null))
        {
            throw new FrothException("Give either a SYMBOL or --file F (one of them, not both).");
        }

        var asOf = ctx.Get(AsOf);
        if (file is null)
        {
            return SubjectSeries.Read(ctx.Workspace, SubjectResolver.Resolve(ctx.Workspace, symbol!), asOf);
        }

        var series = FileSeries.Read(ctx.Workspace, file, ctx.Get(Column) ?? "close");
        if (series.Dated is null)
        {
            throw new FrothException($"{series.Location} has no date column; LPPLS needs the date of each price (a column named date or Date).");
        }

        series.Check(ValueTransform.Log);
        return SubjectSeries.Of(series.Info(), [.. series.Dated.Select(p => new DailyBar(p.Date, p.Value, p.Value, p.Value, p.Value, null))], asOf);
    }

    private static Option<DateOnly?> CreateAsOf()
    {
        var option = DateOptions.Create("--as-of", "The last date read: the window's (or the last end date's) last session is the last on or before it (default: the latest; a basket: the latest date its main series share).");
        option.Aliases.Add("--to");
        return option;
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

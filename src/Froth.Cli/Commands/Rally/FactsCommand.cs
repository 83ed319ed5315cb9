using System.CommandLine;
using Froth.Cli.Hosting;
using Froth.Rally;

namespace Froth.Cli.Commands.Rally;

/// <summary><c>froth facts SYMBOL</c>: returns, streaks, records, drawdown, volume and relative performance as of a date.</summary>
public static class FactsCommand
{
    /// <summary>Days a benchmark's last close may trail the as-of session before the output warns (a long weekend plus holidays).</summary>
    private const int StaleBenchmarkDays = 5;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string>("SYMBOL") { Description = "Symbol or alias of a stored instrument (0700.HK, HSTECH, STAR50, CAMBRICON, NDX)." };
        var asOf = RallyInput.Date("--as-of", "Facts as of this date, from the data up to it (default: the last bar). A date that is not a session uses the last session before it.");
        var benchmark = new Option<string?>("--benchmark") { Description = "Symbol or alias to compare with (relative performance over each period).", HelpName = "SYMBOL" };
        var from = RallyInput.Date("--from", "Start (base date) of an extra range return: from the last close on or before it.");
        var to = RallyInput.Date("--to", "End of the extra range (default: the as-of session). Needs --from.");
        var since = RallyInput.Date("--since", "Also report the longest streak in the current direction since this date.");
        var source = new Option<string?>("--source") { Description = "Source of the instrument's bars when it has several (default: the preferred one).", HelpName = "NAME" };
        var command = new Command(
            "facts",
            "Rally facts of one instrument as of a date, point in time: returns, up/down streaks, highest close since, records, drawdown, volume and relative performance (docs/rally.md).");
        command.Add(symbol);
        command.AddAll(asOf, benchmark, from, to, since, source);
        command.SetAction(parseResult =>
        {
            var ctx = new CommandContext(parseResult, env);
            var options = new RallyOptions { AsOf = ctx.Get(asOf), From = ctx.Get(from), To = ctx.Get(to), StreaksSince = ctx.Get(since) };
            RallyInput.RequireOrder(options.From, options.To, "--from", "--to");
            RallyInput.RequireOrder(options.From, options.AsOf, "--from", "--as-of");
            options.Validate();
            var market = RallyInput.Market(ctx);
            var (instrument, series, bars) = RallyInput.Series(market, ctx.Get(symbol)!, ctx.Get(source), options.AsOf);
            var notes = new List<string>();
            if (RallyInput.AdjustmentNote(instrument.Symbol, series.Adjustment) is { } note)
            {
                notes.Add(note);
            }

            string? benchmarkSymbol = null, benchmarkName = null;
            IReadOnlyList<Froth.Series.DailyBar>? benchmarkBars = null;
            if (ctx.Get(benchmark) is { } b)
            {
                var (bi, bs, bb) = RallyInput.Series(market, b, null, bars[^1].Date);
                (benchmarkSymbol, benchmarkName, benchmarkBars) = (bi.Symbol, bi.Name, bb);
                if (RallyInput.AdjustmentNote(bi.Symbol, bs.Adjustment) is { } bnote)
                {
                    notes.Add(bnote);
                }
            }

            var facts = RallyFacts.Compute(bars, options, benchmarkBars);
            if (facts.Relative is { } rel && facts.AsOf.DayNumber - rel.BenchmarkAsOf.DayNumber > StaleBenchmarkDays)
            {
                var warning = $"{benchmarkSymbol}'s last close on or before {RallyText.Iso(facts.AsOf)} is {RallyText.Iso(rel.BenchmarkAsOf)}: its returns stop there.";
                ctx.Warn(warning);
                notes.Add(warning);
            }

            if (options.AsOf is { } requested && requested.DayNumber - facts.AsOf.DayNumber > StaleBenchmarkDays)
            {
                ctx.Warn($"{instrument.Symbol}'s data ends on {RallyText.Iso(facts.AsOf)}, {requested.DayNumber - facts.AsOf.DayNumber} days before the as-of date {RallyText.Iso(requested)}: the facts are as of {RallyText.Iso(facts.AsOf)}.");
            }

            var output = FactsOutput.Of(instrument, series.Source, series.Adjustment, facts, benchmarkSymbol, benchmarkName, notes);
            ctx.Write(output, output.Render);
            return FrothApp.Ok;
        });
        return command;
    }
}

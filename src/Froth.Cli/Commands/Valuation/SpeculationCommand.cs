using System.CommandLine;
using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Rally;
using Froth.Series;
using Froth.Speculation;

namespace Froth.Cli.Commands.Valuation;

/// <summary><c>froth speculation SYMBOL</c>: turnover against its trailing average and the margin-financing balance, where the data exist.</summary>
public static class SpeculationCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string>("SYMBOL") { Description = "Index or stock symbol or alias with stored daily bars (STAR50, 688256.SS)." };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Date the gauges are taken on; nothing later is used (default: the last bar).", HelpName = "DATE" };
        var window = new Option<int>("--window")
        {
            Description = "Sessions in the trailing turnover average (the day itself excluded).",
            HelpName = "N",
            DefaultValueFactory = _ => TurnoverOptions.Default.Window,
        };
        window.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError($"--window must be between 1 and 1000, got {r.GetValueOrDefault<int>()}.");
            }
        });
        var margin = new Option<string?>("--margin")
        {
            Description = "Market of the margin-financing balance: CN (whole market), SH, SZ or BJ (default: the symbol's exchange, else CN).",
            HelpName = "MARKET",
        };
        var command = new Command(
            "speculation",
            "Speculation gauges where the data exist: turnover (close × volume) against its trailing average, and the "
            + "margin-financing balance with its change and percentile (import a date,balance file; the snapshot has none).")
        {
            symbol, asOf, window, margin,
        };
        command.SetAction(parseResult =>
        {
            var ctx = new CommandContext(parseResult, env);
            var market = ctx.OpenMarketData();
            var target = ValuationLookup.Find(market, ctx.Get(symbol)!);
            var priced = ValuationLookup.RequirePrices(target);
            var source = ValuationLookup.ChooseSource(market, priced.Symbol, null);
            var date = ctx.Get(asOf) ?? source.Last;
            var bars = market.Bars(priced.Symbol, null, date, source.Source);
            if (bars.Count == 0)
            {
                throw new FrothException($"{priced.Symbol} (source {source.Source}) has no bar on or before {IsoDate.Format(date)}; it starts on {IsoDate.Format(source.First)}.");
            }

            var notes = new List<string>();
            var n = ctx.Get(window);
            var last = TurnoverGauge.Compute(bars, new TurnoverOptions { Window = n })[^1];
            TurnoverReport? turnover = null;
            if (last.Turnover is { } t)
            {
                var unit = priced.Kind == InstrumentKind.Index
                    ? "index points × the source's volume unit (a proxy: only its ratio means anything)"
                    : $"{priced.Currency} (close × shares traded ≈ value traded)";
                turnover = new TurnoverReport(source.Source, last.Date, t, last.Average, last.Ratio, n, unit);
            }
            else
            {
                notes.Add($"{priced.Symbol} (source {source.Source}) has no volume on {IsoDate.Format(last.Date)}: no turnover.");
            }

            // Volume surges in the source's unit (shares for stocks): the rally facts' volume against its 20- and
            // 50-session averages, the session itself excluded from both.
            var volume = VolumeFacts.At(bars, bars.Count - 1);
            var marginReport = Margin(market, priced, ctx.Get(margin), date, notes);
            var report = new SpeculationReport(priced.Symbol, priced.Name, date, turnover, volume, marginReport, notes);
            ctx.Write(report, console => report.Render(console));
            return FrothApp.Ok;
        });
        return command;
    }

    private static MarginReport? Margin(IMarketData market, Instrument priced, string? asked, DateOnly asOf, List<string> notes)
    {
        var candidates = asked is not null
            ? [$"{asked.Trim().ToUpperInvariant() switch { "SSE" => "SH", "SZSE" => "SZ", "BSE" => "BJ", var c => c }}:MARGIN_BALANCE"]
            : new[] { $"{priced.Market}:MARGIN_BALANCE", "CN:MARGIN_BALANCE" };
        var held = market.Instruments().Select(i => i.Symbol).ToHashSet(StringComparer.Ordinal);
        var symbol = candidates.FirstOrDefault(held.Contains);
        if (symbol is null)
        {
            notes.Add(
                $"No margin-financing balance in the store ({string.Join(" or ", candidates.Distinct())}); the sample snapshot has none. "
                + "Import a date,balance CSV named like margin_SSE.csv or margin_CN.csv (layout margin-balance).");
            return null;
        }

        var source = ValuationLookup.ChooseSource(market, symbol, null);
        var points = market.Scalars(symbol, null, asOf, source.Source);
        if (points.Count == 0)
        {
            notes.Add($"{symbol} starts on {IsoDate.Format(source.First)}, after {IsoDate.Format(asOf)}.");
            return null;
        }

        var g = MarginBalanceGauge.Compute(points, asOf);
        if (g.History.IsShort)
        {
            notes.Add($"{symbol} has {g.History.CoveredYears.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)} years of history; its percentile is over those.");
        }

        return new MarginReport(symbol, source.Source, g.Balance, g.Date, g.ChangeFrom, g.Change, ValuationHistoryReport.Of(g.History), new ValuationStaleReport(g.Stale.Flag, g.Stale.SessionsUnchanged, g.Stale.Since));
    }
}

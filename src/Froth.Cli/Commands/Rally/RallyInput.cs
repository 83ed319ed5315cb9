using System.CommandLine;
using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Cli.Commands.Rally;

/// <summary>Shared option builders and market-data look-ups of the rally commands.</summary>
internal static class RallyInput
{
    public static Option<DateOnly?> Date(string name, string description) => new(name) { Description = description, HelpName = "DATE" };

    /// <summary>Resolves a symbol or alias to an instrument with bars, and reads its bars up to <paramref name="to"/>.</summary>
    /// <exception cref="UnknownSymbolException">Nothing matches; the message suggests the closest symbols.</exception>
    /// <exception cref="FrothException">The instrument has no bars, the source asked for does not exist, or no bars.</exception>
    public static (Instrument Instrument, SeriesSource Source, IReadOnlyList<DailyBar> Bars) Series(IMarketData market, string symbol, string? source, DateOnly? to)
    {
        var instrument = market.Resolve(symbol);
        if (!instrument.HasBars)
        {
            throw new FrothException($"{instrument.Symbol} ({instrument.Name}) is a {instrument.Kind.ToString().ToLowerInvariant()} series without daily bars; rally facts need prices.");
        }

        var sources = market.Sources(instrument.Symbol);
        var chosen = source is null
            ? sources.FirstOrDefault()
            : sources.FirstOrDefault(s => string.Equals(s.Source, source, StringComparison.OrdinalIgnoreCase))
                ?? throw new FrothException($"{instrument.Symbol} has no source '{source}'; expected one of: {string.Join(", ", sources.Select(s => s.Source))}.");
        if (chosen is null)
        {
            throw new FrothException($"{instrument.Symbol} has no bars in the store.");
        }

        var bars = market.Bars(instrument.Symbol, null, to, chosen.Source);
        if (bars.Count == 0)
        {
            throw new FrothException(to is { } d
                ? $"{instrument.Symbol} has no bars on or before {RallyText.Iso(d)}; its first is {RallyText.Iso(chosen.First)}."
                : $"{instrument.Symbol} has no bars in the store.");
        }

        return (instrument, chosen, bars);
    }

    /// <summary>What the price adjustment means for the figures, as a note for the output; null when nothing needs saying.</summary>
    public static string? AdjustmentNote(string symbol, PriceAdjustment adjustment) => adjustment switch
    {
        PriceAdjustment.SplitAndDividend => $"{symbol}: prices are split- and dividend-adjusted, so returns include dividends and earlier closes are below the traded ones.",
        PriceAdjustment.Forward => $"{symbol}: prices are forward-adjusted (qfq) for corporate actions, so returns include them and earlier closes differ from the traded ones.",
        PriceAdjustment.Unknown => $"{symbol}: the source does not say whether prices are adjusted.",
        _ => null,
    };

    /// <summary>Throws when <paramref name="from"/> is after <paramref name="to"/>.</summary>
    public static void RequireOrder(DateOnly? from, DateOnly? to, string fromName, string toName)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw new FrothException($"{fromName} {RallyText.Iso(f)} is after {toName} {RallyText.Iso(t)}; expected {fromName} ≤ {toName}.");
        }
    }

    /// <summary>Adds a command's options, in order.</summary>
    public static void AddAll(this Command command, params Option[] options)
    {
        foreach (var o in options)
        {
            command.Add(o);
        }
    }

    /// <summary>The context's market data.</summary>
    public static IMarketData Market(CommandContext ctx) => ctx.OpenMarketData();
}

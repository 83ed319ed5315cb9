using Froth.Analysis.Series;
using Froth.Baskets;
using Froth.Data.Baskets;
using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Analysis.Baskets;

/// <summary>The basket use cases: its index as one series, and its figures over a period, both as of the policy's date.</summary>
public static class BasketQueries
{
    /// <summary>Days a benchmark's last close may trail the basket's last session before it is noted.</summary>
    public const int StaleBenchmarkDays = 5;

    /// <summary>The basket's index from its inception to the as-of date (every level 100 × the run from the inception).</summary>
    /// <exception cref="FrothException">No constituent has data in the run, or an FX series is stale.</exception>
    public static BasketIndexSeries Index(BasketInputs inputs, AsOfDecision asOf)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(asOf);
        var inception = inputs.Inception;
        var run = Basket.Build(
            inputs.Definition,
            inputs.Data(asOf.Date),
            new BasketOptions { Inception = inception, From = inception, To = asOf.Date, KeepHistory = true },
            inputs.FxSeries(asOf.Date));
        var bars = run.History.Select(p => new DailyBar(p.Date, p.Level, p.Level, p.Level, p.Level, null)).ToArray();
        var adjustments = inputs.Constituents.Select(c => c.Source.Adjustment).Distinct().ToList();
        var source = new SeriesSource(
            IndexSymbol(inputs),
            inputs.Source.Location,
            bars[0].Date,
            bars[^1].Date,
            bars.Length,
            false,
            adjustments.Count == 1 ? adjustments[0] : PriceAdjustment.Unknown);
        return new BasketIndexSeries(new SeriesRead<DailyBar>(IndexInstrument(inputs), source, bars), run);
    }

    /// <summary>The pseudo-instrument of a basket's index: <c>basket:NAME</c>, named "NAME basket", in the reporting currency (none for local currencies).</summary>
    public static Instrument IndexInstrument(BasketInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new Instrument(IndexSymbol(inputs), Subjects.BasketNames.Display(inputs.Definition.Name) + " basket", InstrumentKind.Index, "BASKET", inputs.Definition.ReportingCurrency);
    }

    private static string IndexSymbol(BasketInputs inputs) => $"basket:{inputs.Definition.Name}";

    /// <summary>
    /// The basket over the period from <paramref name="from"/> (default: year to date, from 31 December of the year
    /// before the end) to <paramref name="to"/> (default: the as-of date), measured on its one index run.
    /// </summary>
    /// <exception cref="FrothException">An empty period, a period ending after the as-of date, or no constituent with data in it.</exception>
    public static BasketAnalysis Analyse(BasketInputs inputs, AsOfDecision asOf, DateOnly? from = null, DateOnly? to = null, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(asOf);
        var end = to is { } t && t < asOf.Date ? t : asOf.Date;
        var start = from ?? new DateOnly(end.Year - 1, 12, 31);
        if (start > end)
        {
            throw new FrothException($"The period starts on {IsoDate.Format(start)}, after it ends on {IsoDate.Format(end)}; expected from ≤ to.");
        }

        var definition = inputs.Definition;
        var inception = inputs.Inception < start ? inputs.Inception : start;
        var result = Basket.Build(
            definition,
            inputs.Data(asOf.Date),
            new BasketOptions { Inception = inception, From = start, To = end, Top = top },
            inputs.FxSeries(asOf.Date));
        var notes = new List<string>();
        notes.AddRange(inputs.Missing.Select(m => $"{m}; left out."));
        if (asOf.Basket is { } b && b.LatestData > asOf.Date)
        {
            notes.Add($"As of {IsoDate.Format(asOf.Date)}, the latest date the basket's main series share (the latest data run to {IsoDate.Format(b.LatestData)}); use --as-of to move it.");
        }

        if (definition.ReportingCurrency is null && result.Currencies.Count > 1)
        {
            notes.Add($"Local currencies: each constituent's return is in its own currency ({string.Join(", ", result.Currencies)}); no FX conversion.");
        }

        foreach (var c in result.Constituents)
        {
            if (c.EnteredOn is { } entered)
            {
                notes.Add($"{c.Symbol} entered the basket at the close of {IsoDate.Format(entered)}, after the base.");
            }

            if (c.StaleSessions > 0)
            {
                notes.Add($"{c.Symbol} has no data after {IsoDate.Format(c.LastSession)}; its price is held for the last {c.StaleSessions} basket sessions.");
            }

            foreach (var g in c.Gaps)
            {
                notes.Add($"{c.Symbol} has no bars between {IsoDate.Format(g.LastBefore)} and {IsoDate.Format(g.FirstAfter)} ({g.Weekdays} weekdays; suspended or missing); its price is held.");
            }
        }

        var benchmarks = inputs.Benchmarks.Select(s => Compare(s, result, start, notes)).ToList();
        foreach (var symbol in definition.Benchmarks.Where(b => inputs.Benchmarks.All(s => !Matches(s, b))))
        {
            benchmarks.Add(new BenchmarkComparison(symbol, symbol, null, null, null, null, null, null, "not in the store"));
        }

        return new BasketAnalysis(definition.Name, inputs.Source.Location, definition.Description, BasketMethod.Of(inputs), asOf, start, result, benchmarks, notes);
    }

    private static bool Matches(SeriesRead<DailyBar> series, string name) =>
        string.Equals(series.Instrument.Symbol, name, StringComparison.OrdinalIgnoreCase) || series.Instrument.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A benchmark over the basket's period, by the library's relative-performance rule (<see cref="Froth.Rally.RelativePerformance"/>):
    /// each from its own last close on or before the period's base date, the basket up to the benchmark's last close
    /// when the benchmark's data end sooner. The same figures as the basket's facts against that benchmark.
    /// </summary>
    private static BenchmarkComparison Compare(SeriesRead<DailyBar> benchmark, BasketResult basket, DateOnly from, List<string> notes)
    {
        var instrument = benchmark.Instrument;
        var bars = Sessions.Until(benchmark.Values, basket.EndSession);
        if (bars.Count == 0 || bars[0].Date > from)
        {
            notes.Add($"Benchmark {instrument.Symbol} has no close on or before {IsoDate.Format(from)}; left out of the comparison.");
            return new BenchmarkComparison(instrument.Symbol, instrument.Name, instrument.Currency, null, null, null, null, null, "no data for the period");
        }

        var end = bars[^1].Date;
        if (end <= basket.BaseSession && basket.EndSession > basket.BaseSession)
        {
            notes.Add($"Benchmark {instrument.Symbol} has no data after {IsoDate.Format(end)}, inside the period; left out of the comparison.");
            return new BenchmarkComparison(instrument.Symbol, instrument.Name, instrument.Currency, null, null, null, null, null, "no data for the period");
        }

        var index = basket.Index.Select(p => new DailyBar(p.Date, p.Level, p.Level, p.Level, p.Level, null)).ToList();
        if (Froth.Rally.RelativePerformance.Compare(index, bars, end, from).Range is not { } relative)
        {
            notes.Add($"The basket has no level on or before {IsoDate.Format(from)} (it starts on {IsoDate.Format(basket.BaseSession)}); benchmark {instrument.Symbol} is left out of the comparison.");
            return new BenchmarkComparison(instrument.Symbol, instrument.Name, instrument.Currency, null, null, null, null, null, "the basket starts after the period's base date");
        }

        if (basket.EndSession.DayNumber - end.DayNumber > StaleBenchmarkDays)
        {
            notes.Add($"Benchmark {instrument.Symbol}'s data end on {IsoDate.Format(end)}, before the basket's last session {IsoDate.Format(basket.EndSession)}: it is compared with the basket up to then.");
        }

        return new BenchmarkComparison(
            instrument.Symbol,
            instrument.Name,
            instrument.Currency,
            relative.Benchmark.BaseSession,
            relative.Benchmark.EndSession,
            relative.Benchmark.Return,
            relative.Instrument.Return,
            relative.Difference,
            null);
    }

    /// <summary>
    /// The basket in US dollars over the year to the as-of date: <see cref="Froth.Baskets.BasketResult.MarketValue"/> holds its
    /// market value added and <see cref="Froth.Baskets.BasketResult.Coverage"/> how many constituents it covers. <see langword="null"/>
    /// when no constituent has a market cap. When the store lacks an FX series the conversion needs, or it stops before the as-of
    /// date, the year is measured in local currencies (one total per currency; <see cref="Froth.Baskets.BasketResult.ReportingCurrency"/> is null).
    /// </summary>
    public static BasketAnalysis? MarketValueYear(IMarketData market, BasketSource source, AsOfDecision asOf)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(asOf);
        BasketAnalysis? Year(string? currency)
        {
            var inputs = BasketInputs.Load(market, source with { Definition = source.Definition with { ReportingCurrency = currency } });
            if (inputs.MarketCaps.Count == 0)
            {
                return null;
            }

            var analysis = Analyse(inputs, asOf, asOf.Date.AddYears(-1), asOf.Date);
            return analysis.Period.MarketValue.Count == 0 ? null : analysis;
        }

        try
        {
            return Year("USD");
        }
        catch (FrothException)
        {
            // No FX series for the conversion, or one that stops before the as-of date (the snapshot's CNY=X ends in
            // February 2026): the year's market value is given in each stock's own currency instead.
            return Year(null);
        }
    }
}

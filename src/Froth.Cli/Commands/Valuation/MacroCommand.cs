using System.CommandLine;
using System.Globalization;
using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Macro;
using Froth.Series;
using Froth.Valuation;

namespace Froth.Cli.Commands.Valuation;

/// <summary><c>froth macro</c>: a country's annual CPI inflation, GDP deflator, real and nominal growth, and an index against nominal growth.</summary>
public static class MacroCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var country = new Option<string>("--country")
        {
            Description = "ISO country code of the macro series (CN:CPI_INFLATION, CN:GDP_DEFLATOR_INFLATION, CN:REAL_GDP_GROWTH, CN:NOMINAL_GDP).",
            HelpName = "CC",
            DefaultValueFactory = _ => "CN",
        };
        var since = new Option<int?>("--since") { Description = "First year listed (default: the nine years before the latest).", HelpName = "YEAR" };
        var index = new Option<string?>("--index")
        {
            Description = "Set this index's calendar-year price returns against nominal GDP growth, with the divergence measure and the re-rating share.",
            HelpName = "SYMBOL",
        };
        var nominal = new Option<string>("--nominal")
        {
            Description = "Nominal growth the index is set against: local ((1 + real)(1 + deflator) − 1), usd (current-USD GDP), or auto (local when the index is quoted in the country's currency, else usd).",
            HelpName = "auto|local|usd",
            DefaultValueFactory = _ => "auto",
        };
        nominal.AcceptOnlyFromAmong("auto", "local", "usd");
        var fromYear = new Option<int?>("--from-year") { Description = "First year of the divergence span (default: the start of the latest run of years with both growths).", HelpName = "YEAR" };
        var toYear = new Option<int?>("--to-year") { Description = "Last year of the divergence span (default: the latest year with both growths).", HelpName = "YEAR" };
        var command = new Command(
            "macro",
            "A country's annual macro overlay (CPI, GDP deflator, real and nominal growth, with sources and units), and an index's "
            + "growth against nominal GDP: the momentum-versus-fundamentals divergence. Definitions: docs/valuation.md.")
        {
            country, since, index, nominal, fromYear, toYear,
        };
        command.SetAction(parseResult =>
        {
            var ctx = new CommandContext(parseResult, env);
            var market = ctx.OpenMarketData();
            var code = ctx.Get(country)!.Trim().ToUpperInvariant();
            var notes = new List<string>();
            var provenance = new List<MacroSeriesReport>();
            var inputs = new MacroInputs
            {
                CpiInflation = Rates(market, code, "CPI_INFLATION", "cpiInflation", provenance, notes),
                GdpDeflatorInflation = Rates(market, code, "GDP_DEFLATOR_INFLATION", "gdpDeflatorInflation", provenance, notes),
                RealGdpGrowth = Rates(market, code, "REAL_GDP_GROWTH", "realGdpGrowth", provenance, notes),
                NominalGdp = Levels(market, code, "NOMINAL_GDP", "nominalGdp", provenance, notes),
            };
            if (provenance.Count == 0)
            {
                var countries = market.Instruments().Where(i => i.Kind == InstrumentKind.Macro).Select(i => i.Market).Distinct().Order(StringComparer.Ordinal).ToList();
                throw new FrothException(
                    $"The store holds no macro series for country '{code}'"
                    + (countries.Count == 0 ? "; import the macro files (macro/*.csv)." : $"; countries with macro series: {string.Join(", ", countries)}."));
            }

            var overlay = MacroOverlay.Build(inputs);
            var latest = overlay.Years.Count == 0 ? 0 : overlay.Years[^1].Year;
            var first = ctx.Get(since) ?? latest - 9;
            var facts = Facts(overlay, provenance);
            DivergenceReport? divergence = null;
            if (ctx.Get(index) is { } indexName)
            {
                divergence = Divergence(market, code, indexName, overlay, ctx.Get(nominal)!, ctx.Get(fromYear), ctx.Get(toYear), notes);
            }

            var report = new MacroReport(code, "fraction", provenance, first, [.. overlay.Years.Where(y => y.Year >= first)], facts, divergence, notes);
            ctx.Write(report, console => report.Render(console));
            return FrothApp.Ok;
        });
        return command;
    }

    private static List<ScalarPoint> Rates(IMarketData market, string country, string metric, string field, List<MacroSeriesReport> provenance, List<string> notes)
    {
        var (instrument, points) = Read(market, country, metric, field, provenance, notes);
        return instrument is null ? [] : [.. points.Select(p => p with { Value = MacroUnits.ToFraction(p.Value, instrument.Unit) })];
    }

    private static List<ScalarPoint> Levels(IMarketData market, string country, string metric, string field, List<MacroSeriesReport> provenance, List<string> notes)
    {
        var (instrument, points) = Read(market, country, metric, field, provenance, notes);
        if (instrument is not null && instrument.Unit != "USD")
        {
            notes.Add($"{instrument.Symbol} is in {instrument.Unit}, not USD; its growth is in that unit.");
        }

        return points;
    }

    private static (Instrument? Instrument, List<ScalarPoint> Points) Read(
        IMarketData market, string country, string metric, string field, List<MacroSeriesReport> provenance, List<string> notes)
    {
        var symbol = $"{country}:{metric}";
        var instrument = market.Instruments().FirstOrDefault(i => i.Symbol == symbol);
        var sources = instrument is null ? [] : market.Sources(symbol);
        if (instrument is null || sources.Count == 0)
        {
            notes.Add($"{symbol} is not in the store: its column is empty.");
            return (null, []);
        }

        var points = market.Scalars(symbol, source: sources[0].Source).ToList();
        var verified = !instrument.Name.Contains("UNVERIFIED", StringComparison.Ordinal);
        provenance.Add(new MacroSeriesReport(field, symbol, instrument.Name, sources[0].Source, instrument.Unit, verified, sources[0].First.Year, sources[0].Last.Year));
        if (!verified)
        {
            notes.Add($"{symbol} comes from a hand-compiled table nobody has verified ({sources[0].Source}); the local-currency nominal growth built on it is unverified too.");
        }

        return (instrument, points);
    }

    private static List<string> Facts(MacroOverlayResult o, List<MacroSeriesReport> provenance)
    {
        var facts = new List<string>();
        string Source(string field) => provenance.FirstOrDefault(p => p.Field == field) is { } p ? $"{p.Symbol}, {p.Source}{(p.Verified ? string.Empty : ", UNVERIFIED")}" : "?";
        if (o.LatestGdpDeflatorInflation is { } d)
        {
            var since2000 = o.NegativeDeflatorYears.Where(y => y >= 2000).ToList();
            facts.Add(
                $"GDP deflator inflation was {P(d.Value)} in {d.Year}{(d.Value < 0 ? ": negative, the price level of everything produced fell" : string.Empty)} ({Source("gdpDeflatorInflation")})."
                + (since2000.Count == 0 ? string.Empty : $" Negative since 2000 in {string.Join(", ", since2000)}."));
        }

        if (o.LatestCpiInflation is { } c)
        {
            facts.Add($"CPI inflation was {P(c.Value)} in {c.Year} ({Source("cpiInflation")}).");
        }

        if (o.LatestRealGdpGrowth is { } r)
        {
            facts.Add($"Real GDP growth was {P(r.Value)} in {r.Year} ({Source("realGdpGrowth")}).");
        }

        if (o.LatestNominalGrowthLocal is { } n)
        {
            facts.Add($"Nominal GDP growth in local currency, (1 + real)(1 + deflator) − 1, was {P(n.Value)} in {n.Year}.");
        }

        if (o.LatestNominalGdpGrowth is { } u)
        {
            facts.Add($"Nominal GDP in current US dollars changed by {P(u.Value)} in {u.Year} ({Source("nominalGdp")}; includes the exchange rate against the dollar).");
        }

        return facts;
    }

    private static DivergenceReport Divergence(
        IMarketData market, string country, string indexName, MacroOverlayResult overlay, string nominal, int? fromYear, int? toYear, List<string> notes)
    {
        var target = ValuationLookup.Find(market, indexName);
        var priced = ValuationLookup.RequirePrices(target);
        var priceSource = ValuationLookup.ChooseSource(market, priced.Symbol, null);
        var closes = market.Bars(priced.Symbol, source: priceSource.Source).Select(b => new ScalarPoint(b.Date, b.Close)).ToList();
        var local = LocalCurrency(country);
        var (measure, reason) = nominal switch
        {
            "local" => (NominalGrowthMeasure.LocalCurrency, "asked for (--nominal local)"),
            "usd" => (NominalGrowthMeasure.UsDollars, "asked for (--nominal usd)"),
            _ when local is null || priced.Currency == local => (NominalGrowthMeasure.LocalCurrency, $"the index is quoted in the country's currency ({priced.Currency})"),
            _ => (NominalGrowthMeasure.UsDollars, $"the index is quoted in {priced.Currency}, not {local}: growth in current US dollars{(priced.Currency == "HKD" ? " (the HKD is pegged to the USD)" : string.Empty)}"),
        };

        List<ScalarPoint>? pe = null;
        SeriesSource? peSource = null;
        if (target.Series is { } peSeries && target.IsEarningsMultiple)
        {
            peSource = ValuationLookup.ChooseSource(market, peSeries.Symbol, null);
            pe = [.. market.Scalars(peSeries.Symbol, source: peSource.Source)];
        }

        var result = GrowthDivergence.Compute(closes, overlay.Years, pe, DivergenceOptions.Default with { Measure = measure, FromYear = fromYear, ToYear = toYear });
        var after = result.Years.Where(y => y.Year > result.LastYear && y.IndexReturn is not null).Select(y => y.Year).ToList();
        if (after.Count > 0)
        {
            notes.Add($"{priced.Symbol} has full-year returns for {string.Join(", ", after)} too, but no {(measure == NominalGrowthMeasure.LocalCurrency ? "local-currency" : "US-dollar")} nominal GDP growth for them in the store.");
        }

        if (result.Decomposition is { } d && pe is not null && ValuationHistory.StaleAt(pe, d.End) is { Flag: true } stale)
        {
            notes.Add($"The P/E at the end of the span is stale (unchanged since {IsoDate.Format(stale.Since)}); the re-rating share is unreliable.");
        }

        var span = result.SpanYears == 1 ? $"In {result.FirstYear}" : $"From {result.FirstYear} to {result.LastYear}";
        var direction = result.Divergence >= 0 ? "prices outran the nominal economy" : "prices lagged the nominal economy";
        var summary =
            $"{span} {priced.Symbol} returned {P(result.IndexCagr)} a year (price only) while nominal GDP grew {P(result.NominalCagr)} a year "
            + $"({(measure == NominalGrowthMeasure.LocalCurrency ? "local currency" : "current US dollars")}): a divergence of {P(result.Divergence)} a year, {direction}."
            + (result.Decomposition is { ReRatingShare: { } share, EarningsShare: { } earnings } dd
                ? $" Split of the log return from {IsoDate.Format(dd.Start)} to {IsoDate.Format(dd.End)}: earnings {S(earnings)}, re-rating {S(share)} (P/E {dd.PeStart.ToString("F2", CultureInfo.InvariantCulture)} → {dd.PeEnd.ToString("F2", CultureInfo.InvariantCulture)})."
                : pe is null
                    ? $" No re-rating share: {priced.Symbol} has no P/E in the store."
                    : $" No re-rating share: {result.DecompositionNote?.TrimEnd('.')}.");
        return new DivergenceReport(
            priced.Symbol,
            priced.Name,
            priceSource.Source,
            priced.Currency,
            measure,
            reason,
            result.FirstYear,
            result.LastYear,
            result.IndexGrowth,
            result.NominalGrowth,
            result.IndexCagr,
            result.NominalCagr,
            result.Divergence,
            pe is null ? null : target.Series!.Symbol,
            peSource?.Source,
            result.Decomposition?.ReRatingShare,
            result.Decomposition?.EarningsShare,
            result.Decomposition,
            result.DecompositionNote,
            [.. result.Years.Where(y => y.Close is not null)],
            summary);
    }

    private static string? LocalCurrency(string country) => country switch
    {
        "CN" => "CNY",
        "US" => "USD",
        "JP" => "JPY",
        "HK" => "HKD",
        "GB" => "GBP",
        "DE" or "FR" => "EUR",
        _ => null,
    };

    private static string S(double share) => share.ToString("F2", CultureInfo.InvariantCulture);

    private static string P(double fraction) => (fraction * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";
}

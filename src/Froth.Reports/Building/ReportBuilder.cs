using Froth.Baskets;
using Froth.Data.MarketData;
using Froth.Narrative;
using Froth.Rally;
using Froth.Reports.Model;
using Froth.Series;

namespace Froth.Reports.Building;

/// <summary>
/// Assembles a basket's report from the store: rally facts of the basket index and its benchmarks, the basket's
/// breadth and leaders, valuation against history, the macro backdrop, the PSY and LPPLS tests and the verdict,
/// every figure a <see cref="Fact"/> and the headline chosen by salience (docs/report.md).
/// </summary>
public static class ReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <exception cref="FrothException">The basket has no data, no date meets the as-of rule, or an analytic refuses its input.</exception>
    public static Report Build(IMarketData market, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(request);
        var inputs = MarketInputs.Load(market, request.Basket);
        var choice = AsOfChoice.Choose(inputs, request.AsOf);
        var asOf = choice.Date;
        var ctx = new ReportContext(asOf, inputs, choice);
        var previous = request.Previous
            ?? (request.PreviousFolder is { } folder ? PreviousReport.FindLatest(folder, inputs.Definition.Name, asOf) : null);
        var definition = inputs.Definition;
        var data = definition.Constituents.Select(c => inputs.Constituents.FirstOrDefault(i => i.Instrument.Symbol == c.Symbol) is { } s
            ? new ConstituentData(s.Instrument.Symbol, s.Instrument.Name, s.Instrument.Currency!, s.Until(asOf))
            : new ConstituentData(c.Symbol, c.Symbol, "XXX", [])).ToList();
        var history = Basket.Build(definition, data, new BasketOptions { From = asOf.AddYears(-request.HistoryYears), To = asOf });
        var yearToDate = Basket.Build(definition, data, new BasketOptions { From = new DateOnly(asOf.Year - 1, 12, 31), To = asOf });

        var basketKey = "basket";
        var basketSource = new FactSource($"basket:{definition.Name}", null);
        var basketBars = history.Index.Select(p => new DailyBar(p.Date, p.Level, p.Level, p.Level, p.Level, null)).ToList();
        ctx.Subjects.Add(new Subject(
            basketKey,
            ctx.Book.Name(basketKey, DisplayName(definition.Name) + " basket", "the basket's name", asOf, [basketSource]),
            basketSource,
            basketBars,
            RallyFacts.Compute(basketBars, new RallyOptions { AsOf = asOf }),
            null));
        foreach (var b in inputs.Benchmarks)
        {
            var bars = b.Until(asOf);
            if (bars.Count == 0)
            {
                continue;
            }

            ctx.Subjects.Add(new Subject(
                b.Instrument.Symbol,
                ctx.Book.Name(b.Instrument.Symbol, b.Instrument.Name, "name", asOf, [b.FactSource]),
                b.FactSource,
                bars,
                RallyFacts.Compute(bars, new RallyOptions { AsOf = asOf }),
                b));
        }

        var asOfNote = AsOfNote(ctx);
        var sections = new List<ReportSection>
        {
            PerformanceSection.Build(ctx),
            StreakSection.Build(ctx),
            BasketSection.Build(ctx, yearToDate),
        };
        var valuation = ValuationSection.Build(ctx, market);
        sections.Add(valuation.Section);
        var macro = MacroSection.Build(ctx, market);
        sections.Add(macro.Section);
        var bubble = BubbleSection.Build(ctx, request, cancellationToken);
        sections.Add(bubble.Section);
        sections.Add(VerdictSection.Build(ctx, bubble.Result, valuation.Percentile, macro.Overlay, previous));
        if (previous is not null)
        {
            sections.Add(ChangesSection.Build(ctx, previous));
        }

        sections.Add(ProvenanceSection.Build(ctx, valuation.Series, macro.Series));
        var headline = Headline.Choose(ctx.Candidates).Select(s => s.Sentence).ToList();
        return new Report(definition.Name, $"{DisplayName(definition.Name)} rally report", asOf, asOfNote, headline, sections, ctx.Book.All);
    }

    /// <summary>
    /// A basket's name for text: its words capitalised, words of one or two letters in capitals ("china-ai" → "China AI").
    /// </summary>
    public static string DisplayName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return string.Join(' ', name.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 2 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static List<Sentence> AsOfNote(ReportContext ctx)
    {
        var c = ctx.Choice;
        var book = ctx.Book;
        var date = book.Date("report", "asOf", c.Date, "the report's as-of date", c.Date, [ReportContext.Settings]);
        var note = new List<Sentence>();
        var with = book.Number("report", "constituents.withClose", FactKind.Count, c.ConstituentsWithClose, "constituents with a close on the as-of date", c.Date, [ctx.Basket.Source]);
        var listed = book.Number("report", "constituents.listed", FactKind.Count, c.ConstituentsListed, "constituents listed by the as-of date", c.Date, [ctx.Basket.Source]);
        if (c.Requested is { } requested && requested != c.Date)
        {
            var asked = book.Date("report", "asOf.requested", requested, "the date asked for", c.Date, [ReportContext.Settings]);
            note.Add(Sentences.Write($"As of {date:weekday} {date}, the latest date on or before {asked} on which most of the benchmarks and {with:digits} of the {listed:digits} stocks have a close."));
        }
        else if (c.Requested is not null)
        {
            note.Add(Sentences.Write($"As of {date:weekday} {date}, as asked; {with:digits} of the {listed:digits} stocks have a close that day."));
        }
        else if (c.Headline is { } headline)
        {
            var name = book.Name(headline.Instrument.Symbol, headline.Instrument.Name, "name", c.Date, [headline.FactSource]);
            note.Add(Sentences.Write($"As of {date:weekday} {date}, the latest date the main series share: the {name}, most of the other benchmarks and {with:digits} of the {listed:digits} stocks all have a close that day."));
        }
        else
        {
            note.Add(Sentences.Write($"As of {date:weekday} {date}, the latest date on which {with:digits} of the {listed:digits} stocks have a close."));
        }

        foreach (var lagging in c.Lagging)
        {
            var name = book.Name(lagging.Instrument.Symbol, lagging.Instrument.Name, "name", c.Date, [lagging.FactSource]);
            var end = book.Date(lagging.Instrument.Symbol, "lastSession", lagging.Bars[^1].Date, "last session in the store", lagging.Bars[^1].Date, [lagging.FactSource]);
            note.Add(Sentences.Write($"The {name}'s data end on {end}; it is compared up to then."));
        }

        if (c.LatestData > c.Date)
        {
            var latest = book.Date("report", "latestData", c.LatestData, "the latest date any series of the basket has data for", c.Date, [ctx.Basket.Source]);
            note.Add(Sentences.Write($"Later prices, up to {latest}, are left out so that every series is read on the same date."));
        }

        return note;
    }
}

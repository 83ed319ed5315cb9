using Froth.Analysis.Reporting;
using Froth.Analysis.Subjects;
using Froth.Narrative;
using Froth.Reports.Model;
using Froth.Reports.Writers;

namespace Froth.Reports.Building;

/// <summary>
/// Writes a basket's report from its inputs (<see cref="ReportQueries.Gather"/>): every figure a <see cref="Fact"/>
/// of an input, the prose about the basket's method computed from its definition and sources, and the headline chosen
/// by salience (docs/report.md). Pure: it reads no store, cache or file.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <param name="inputs">Every figure, gathered by the analysis layer.</param>
    /// <param name="previous">The previous report of the same basket, to say what changed; <see langword="null"/> when there is none.</param>
    public static Report Build(ReportInputs inputs, PreviousReport? previous = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var ctx = new ReportContext(inputs);
        var asOf = ctx.AsOf;
        var definition = inputs.Basket.Definition;
        var basketKey = "basket";
        var basketSource = new FactSource($"basket:{definition.Name}", null);
        ctx.Subjects.Add(new Subject(
            basketKey,
            ctx.Book.Name(basketKey, DisplayName(definition.Name) + " basket", "the basket's name", asOf, [basketSource]),
            basketSource,
            inputs.Index.Series.Values,
            inputs.IndexFacts.Facts,
            null));
        foreach (var b in inputs.Benchmarks)
        {
            var series = inputs.Basket.Benchmarks.First(s => s.Instrument.Symbol == b.Subject.Key);
            var source = ReportContext.SourceOf(series);
            ctx.Subjects.Add(new Subject(
                series.Instrument.Symbol,
                ctx.Book.Name(series.Instrument.Symbol, series.Instrument.Name, "name", asOf, [source]),
                source,
                Froth.Series.Sessions.Until(series.Values, asOf),
                b.Facts,
                series));
        }

        var asOfNote = AsOfNote(ctx);
        var sections = new List<ReportSection>
        {
            PerformanceSection.Build(ctx),
            StreakSection.Build(ctx),
            BasketSection.Build(ctx),
            ValuationSection.Build(ctx),
            MacroSection.Build(ctx),
            BubbleSection.Build(ctx),
            VerdictSection.Build(ctx, previous),
        };
        if (SpeculationSection.Build(ctx) is { } speculation)
        {
            sections.Insert(sections.FindIndex(x => x.Id == "macro") + 1, speculation);
        }
        if (previous is not null)
        {
            sections.Add(ChangesSection.Build(ctx, previous));
        }

        sections.Add(ProvenanceSection.Build(ctx));
        var headline = Headline.Choose(ctx.Candidates).Select(s => s.Sentence).ToList();
        return new Report(definition.Name, $"{DisplayName(definition.Name)} rally report", asOf, asOfNote, headline, sections, ctx.Book.All);
    }

    /// <summary>A basket's name for text: its words capitalised, words of one or two letters in capitals ("china-ai" → "China AI").</summary>
    public static string DisplayName(string name) => BasketNames.Display(name);

    private static List<Sentence> AsOfNote(ReportContext ctx)
    {
        var decision = ctx.Inputs.AsOf;
        var c = decision.Basket!;
        var book = ctx.Book;
        var date = book.Date("report", "asOf", decision.Date, "the report's as-of date", decision.Date, [ReportContext.Settings]);
        var note = new List<Sentence>();
        var with = book.Number("report", "constituents.withClose", FactKind.Count, c.ConstituentsWithClose, "constituents with a close on the as-of date", decision.Date, [ctx.Basket.Source]);
        var listed = book.Number("report", "constituents.listed", FactKind.Count, c.ConstituentsListed, "constituents listed by the as-of date", decision.Date, [ctx.Basket.Source]);
        if (decision.Requested is { } requested && requested != decision.Date)
        {
            var asked = book.Date("report", "asOf.requested", requested, "the date asked for", decision.Date, [ReportContext.Settings]);
            note.Add(Sentences.Write($"As of {date:weekday} {date}, the latest date on or before {asked} on which most of the benchmarks and {with:digits} of the {listed:digits} stocks have a close."));
        }
        else if (decision.Requested is not null)
        {
            note.Add(Sentences.Write($"As of {date:weekday} {date}, as asked; {with:digits} of the {listed:digits} stocks have a close that day."));
        }
        else if (c.Headline is { } headline)
        {
            var name = book.Name(headline.Instrument.Symbol, headline.Instrument.Name, "name", decision.Date, [new FactSource(headline.Instrument.Symbol, headline.Source.Source)]);
            note.Add(Sentences.Write($"As of {date:weekday} {date}, the latest date the main series share: the {name}, most of the other benchmarks and {with:digits} of the {listed:digits} stocks all have a close that day."));
        }
        else
        {
            note.Add(Sentences.Write($"As of {date:weekday} {date}, the latest date on which {with:digits} of the {listed:digits} stocks have a close."));
        }

        foreach (var lagging in c.Lagging)
        {
            var source = new FactSource(lagging.Instrument.Symbol, lagging.Source.Source);
            var name = book.Name(lagging.Instrument.Symbol, lagging.Instrument.Name, "name", decision.Date, [source]);
            var end = book.Date(lagging.Instrument.Symbol, "lastSession", lagging.Source.Last, "last session in the store", lagging.Source.Last, [source]);
            note.Add(Sentences.Write($"The {name}'s data end on {end}; it is compared up to then."));
        }

        if (c.LatestData > decision.Date)
        {
            var latest = book.Date("report", "latestData", c.LatestData, "the latest date any series of the basket has data for", decision.Date, [ctx.Basket.Source]);
            note.Add(Sentences.Write($"Later prices, up to {latest}, are left out so that every series is read on the same date."));
        }

        return note;
    }
}

using Froth.Narrative;
using Froth.Reports.Model;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>Data provenance and freshness: every stored series the report read, its source, its range and how far it trails the as-of date.</summary>
internal static class ProvenanceSection
{
    public static ReportSection Build(ReportContext ctx, IReadOnlyList<ReportedSeries> valuation, IReadOnlyList<ReportedSeries> macro)
    {
        var book = ctx.Book;
        var series = ctx.Inputs.Benchmarks.Select(b => new ReportedSeries(b.Instrument, b.Source))
            .Concat(valuation).Concat(macro)
            .Concat(ctx.Inputs.Constituents.Select(c => new ReportedSeries(c.Instrument, c.Source)))
            .DistinctBy(s => (s.Instrument.Symbol, s.Source.Source))
            .ToList();
        var rows = new List<IReadOnlyList<ReportCell>>();
        Fact? stalest = null;
        Fact? stalestName = null;
        foreach (var s in series)
        {
            var src = new FactSource(s.Instrument.Symbol, s.Source.Source);
            var key = s.Instrument.Symbol;
            var symbol = book.Name(key, key, "symbol", ctx.AsOf, [src], "symbol");
            var name = book.Name(key, s.Instrument.Name, "name", ctx.AsOf, [src]);
            var source = book.Name(key, s.Source.Source, "source", ctx.AsOf, [src], "source");
            var first = book.Date(key, "source.first", s.Source.First, "first date of the source", ctx.AsOf, [src]);
            var last = book.Date(key, "source.last", s.Source.Last, "last date of the source", ctx.AsOf, [src]);
            var count = book.Number(key, "source.rows", FactKind.Count, s.Source.Rows, "rows of the source", ctx.AsOf, [src]);
            var readTo = s.Source.Last < ctx.AsOf ? s.Source.Last : ctx.AsOf;
            var behind = s.Instrument.Kind == Froth.Series.InstrumentKind.Macro ? null : book.Number(key, "source.daysBehind", FactKind.Count, ctx.AsOf.DayNumber - readTo.DayNumber, "calendar days between the source's last date read and the as-of date", ctx.AsOf, [src]);
            var annual = s.Instrument.Kind == Froth.Series.InstrumentKind.Macro;
            rows.Add([ReportCell.Of(symbol), ReportCell.Of(name), ReportCell.Of(source), ReportCell.Of(first, annual ? FactForm.Year : FactForm.Iso), ReportCell.Of(last, annual ? FactForm.Year : FactForm.Iso), ReportCell.Of(count, FactForm.Digits), annual ? ReportCell.Word("annual") : ReportCell.Of(behind!, FactForm.Digits)]);
            if (behind is not null && (stalest is null || behind.Value > stalest.Value))
            {
                stalest = behind;
                stalestName = name;
            }
        }

        var total = book.Number("report", "series", FactKind.Count, series.Count, "stored series the report reads", ctx.AsOf, []);
        var paragraph = new List<Sentence>
        {
            Sentences.Write($"Every figure in this report is computed from the {total:digits} stored series below, read up to the as-of date and no further; in the HTML report each figure names its series, source and date when pointed at."),
        };
        if (stalest is { } st && stalestName is { } who && st.Value > 0)
        {
            paragraph.Add(Sentences.Write($"The stalest price or valuation series read is the {who}, whose last value comes {st:digits} days before the as-of date; annual macro figures trail by more, as the macro section says."));
        }

        if (ctx.Inputs.Missing.Count > 0)
        {
            var n = book.Number("report", "missing", FactKind.Count, ctx.Inputs.Missing.Count, "constituents and benchmarks without data in the store", ctx.AsOf, []);
            paragraph.Add(Sentences.Write($"{W(ctx.Inputs.Missing.Count == 1 ? "One series" : "Some series")} of the basket ({n:digits}) {W(ctx.Inputs.Missing.Count == 1 ? "has" : "have")} no data in the store and {W(ctx.Inputs.Missing.Count == 1 ? "is" : "are")} left out."));
        }

        var table = new ReportTable(
            [new("Symbol"), new("Name"), new("Source"), new("First", true), new("Last", true), new("Rows", true), new("Days behind", true)],
            rows,
            [Sentences.Write($"Source: the stored series read, named after the file it was imported from (the store's preferred source of each instrument); days behind: from its last value read to the as-of date. Annual series are dated by their year.")]).Validated();
        return new ReportSection("provenance", "Data provenance and freshness", [new ParagraphBlock(paragraph), new TableBlock(table)]);
    }
}

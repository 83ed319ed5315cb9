using Froth.Narrative;
using Froth.Reports.Model;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>Data provenance and freshness: every stored series the report read, its source, its range and how far it trails the as-of date.</summary>
internal static class ProvenanceSection
{
    public static ReportSection Build(ReportContext ctx)
    {
        var book = ctx.Book;
        var inputs = ctx.Inputs;
        var series = inputs.Basket.Benchmarks.Select(b => ReportedSeries.Of(b, ctx.AsOf))
            .Concat(inputs.Valuation.Benchmarks.Select(ReportedSeries.Of))
            .Concat((inputs.Macro?.Series ?? []).Select(ReportedSeries.Of))
            .Concat(inputs.Basket.Constituents.Select(c => ReportedSeries.Of(c, ctx.AsOf)))
            .DistinctBy(s => (s.Symbol, s.Source.Source))
            .ToList();
        var rows = new List<IReadOnlyList<ReportCell>>();
        Fact? stalest = null;
        Fact? stalestName = null;
        foreach (var s in series)
        {
            var src = new FactSource(s.Symbol, s.Source.Source);
            var key = s.Symbol;
            var symbol = book.Name(key, key, "symbol", ctx.AsOf, [src], "symbol");
            var name = book.Name(key, s.Name, "name", ctx.AsOf, [src]);
            var source = book.Name(key, s.Source.Source, "source", ctx.AsOf, [src], "source");
            var first = book.Date(key, "source.first", s.Source.First, "first date of the source", ctx.AsOf, [src]);
            // The last value read, not the store's last: the report reads nothing after the as-of date (a stock suspended
            // before it, such as Piotech from 26 June 2026, trails it even when the store holds later prices).
            var last = s.LastRead is { } lastRead ? book.Date(key, "source.lastRead", lastRead, "date of the last value read, on or before the as-of date", ctx.AsOf, [src]) : null;
            var count = book.Number(key, "source.rowsRead", FactKind.Count, s.RowsRead, "values read, up to the as-of date", ctx.AsOf, [src]);
            var annual = s.Annual;
            var behind = annual || s.LastRead is null ? null : book.Number(key, "source.daysBehind", FactKind.Count, ctx.AsOf.DayNumber - s.LastRead.Value.DayNumber, "calendar days between the source's last date read and the as-of date", ctx.AsOf, [src]);
            rows.Add([ReportCell.Of(symbol), ReportCell.Of(name), ReportCell.Of(source), ReportCell.Of(first, annual ? FactForm.Year : FactForm.Iso), ReportCell.Of(last, annual ? FactForm.Year : FactForm.Iso, true), ReportCell.Of(count, FactForm.Digits), annual ? ReportCell.Word("annual") : ReportCell.Of(behind, FactForm.Digits, true)]);
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

        var missing = inputs.Basket.Missing;
        if (missing.Count > 0)
        {
            var n = book.Number("report", "missing", FactKind.Count, missing.Count, "constituents and benchmarks without data in the store", ctx.AsOf, []);
            paragraph.Add(Sentences.Write($"{W(missing.Count == 1 ? "One series" : "Some series")} of the basket ({n:digits}) {W(missing.Count == 1 ? "has" : "have")} no data in the store and {W(missing.Count == 1 ? "is" : "are")} left out."));
        }

        var table = new ReportTable(
            [new("Symbol", Identifier: true, NoWrap: true), new("Name"), new("Source", Identifier: true), new("First", true), new("Last read", true), new("Rows read", true), new("Days behind", true)],
            rows,
            [Sentences.Write($"Source: the stored series read, named after the file it was imported from (the store's preferred source of each instrument); first: its first value; last read and rows read: its last value on or before the as-of date and the values up to it; days behind: from that last value to the as-of date. Annual series are dated by their year and read up to the last completed one.")]).Validated();
        return new ReportSection("provenance", "Data provenance and freshness", [new ParagraphBlock(paragraph), new TableBlock(table)]);
    }
}

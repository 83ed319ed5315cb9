using Froth.Narrative;
using Froth.Reports.Model;
using Froth.Reports.Writers;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>What changed since the previous report in the output folder: the key facts by id, before and now.</summary>
internal static class ChangesSection
{
    /// <summary>Whether a fact is one of the key facts compared.</summary>
    private static bool IsKey(string id) =>
        id == "verdict#score" || (id.StartsWith("verdict#", StringComparison.Ordinal) && id.EndsWith(".score", StringComparison.Ordinal))
        || id.EndsWith("#close", StringComparison.Ordinal) || id.EndsWith("#return.ytd", StringComparison.Ordinal)
        || (id.Contains(":PE#", StringComparison.Ordinal) && (id.EndsWith("#value", StringComparison.Ordinal) || id.EndsWith("#percentile", StringComparison.Ordinal)))
        || id is "psy#bsadf" or "lppls#confidence" or "basket#breadth.upShare";

    public static ReportSection Build(ReportContext ctx, PreviousReport previous)
    {
        var book = ctx.Book;
        var origin = new FactSource(Path.GetFileName(previous.Path), null);
        var rows = new List<IReadOnlyList<ReportCell>>();
        var paragraph = new List<Sentence>();
        var then = book.Date("previous", "asOf", previous.AsOf, "as-of date of the previous report", previous.AsOf, [origin]);
        paragraph.Add(Sentences.Write($"The previous report of this basket in the folder is as of {then}."));
        foreach (var now in book.All.Where(f => IsKey(f.Id) && f.Number is not null).ToList())
        {
            if (!previous.Facts.TryGetValue(now.Id, out var before) || before.Number is not { } was || before.Kind != now.Kind)
            {
                continue;
            }

            var old = book.Add(Fact.Of($"previous:{now.Id}", now.Kind, was, now.Label + ", in the previous report", before.AsOf, [origin]));
            if (FactStyle.Render(old) == FactStyle.Render(now))
            {
                continue;
            }

            var (kind, change) = now.Kind switch
            {
                FactKind.Return or FactKind.Share or FactKind.PercentagePoints => (FactKind.PercentagePoints, now.Value - was),
                FactKind.Level when was != 0 => (FactKind.Return, (now.Value / was) - 1),
                _ => (now.Kind, now.Value - was),
            };
            var delta = book.Add(Fact.Of($"change:{now.Id}", kind, change, now.Label + ", change since the previous report", now.AsOf, [origin, .. now.Sources], [old.Id, now.Id]));
            var subject = now.Id[..now.Id.IndexOf('#', StringComparison.Ordinal)];
            var who = book.Find($"{subject}#name");
            rows.Add([who is null ? ReportCell.Word(Title(now.Label)) : ReportCell.Of(who, FactForm.Default, Title(now.Label)), ReportCell.Of(old), ReportCell.Of(now), ReportCell.Of(delta, FactForm.Signed)]);
            if (now.Id == "verdict#score")
            {
                paragraph.Add(Sentences.Write($"Since then the bubble-risk score has {W(now.Value > was ? "risen" : "fallen")} from {old} to {now}."));
            }
            else if (now.Id == "basket#return.ytd")
            {
                paragraph.Add(Sentences.Write($"The basket's return this year went from {old} to {now}."));
            }
        }

        if (rows.Count == 0)
        {
            paragraph.Add(Sentences.Write($"None of the key figures changed as written."));
            return new ReportSection("changes", "What changed since the previous report", [new ParagraphBlock(paragraph)]);
        }

        var table = new ReportTable([new("Figure"), new("Before", true), new("Now", true), new("Change", true)], rows,
            [Sentences.Write($"Changes of returns and shares are in percentage points, of index levels in percent.")]).Validated();
        return new ReportSection("changes", "What changed since the previous report", [new ParagraphBlock(paragraph), new TableBlock(table)]);
    }

    private static string Title(string label) => new string([.. label.Where(c => !char.IsDigit(c))]).Split(',')[0].Trim();
}

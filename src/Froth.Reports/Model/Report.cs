using Froth.Narrative;

namespace Froth.Reports.Model;

/// <summary>
/// A dated report: its headline, its sections and every fact it states. Writers turn it into HTML, Markdown or
/// JSON (<see cref="Writers.ReportWriter"/>); nothing in it is a number that is not a <see cref="Fact"/>, apart from
/// the charts' axes.
/// </summary>
/// <param name="Subject">What the report is about: a preset or basket name such as <c>china-ai</c> (also the file name stem).</param>
/// <param name="Title">The report's title.</param>
/// <param name="AsOf">The date the report is as of: nothing after it is read.</param>
/// <param name="AsOfNote">How the as-of date was chosen, as sentences (its dates are facts).</param>
/// <param name="Headline">Three to five sentences carrying the most newsworthy facts.</param>
/// <param name="Sections">The sections, in reading order.</param>
/// <param name="Facts">Every fact stated anywhere in the report, in the order they were first registered.</param>
public sealed record Report(
    string Subject,
    string Title,
    DateOnly AsOf,
    IReadOnlyList<Sentence> AsOfNote,
    IReadOnlyList<Sentence> Headline,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<Fact> Facts)
{
    /// <summary>Every sentence of the report: the as-of note, the headline, then each section's paragraphs and captions in order.</summary>
    public IEnumerable<Sentence> AllSentences() =>
        AsOfNote.Concat(Headline).Concat(Sections.SelectMany(s => s.Blocks).SelectMany(b => b switch
        {
            ParagraphBlock p => p.Sentences,
            ChartBlock c => c.Chart.Caption,
            TableBlock t => t.Table.Notes,
            _ => [],
        }));

    /// <summary>Every chart of the report, in order.</summary>
    public IEnumerable<ReportChart> Charts() => Sections.SelectMany(s => s.Blocks).OfType<ChartBlock>().Select(b => b.Chart);
}

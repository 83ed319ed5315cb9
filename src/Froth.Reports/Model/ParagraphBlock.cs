using Froth.Narrative;

namespace Froth.Reports.Model;

/// <summary>A paragraph of sentences.</summary>
/// <param name="Sentences">The sentences, in order.</param>
/// <param name="Style">How it is set.</param>
public sealed record ParagraphBlock(IReadOnlyList<Sentence> Sentences, ParagraphStyle Style = ParagraphStyle.Body) : ReportBlock;

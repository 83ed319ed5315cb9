namespace Froth.Narrative;

/// <summary>
/// A sentence of a report: its text, and where each fact it states is written. Made only by
/// <see cref="Sentences.Write"/> from an interpolated string whose holes are facts and words, so every figure in
/// <see cref="Text"/> lies inside one of <see cref="Spans"/>.
/// </summary>
/// <param name="Text">The sentence.</param>
/// <param name="Spans">Each fact written in it, in order.</param>
/// <param name="Facts">The facts it states, in order of first use, without repeats.</param>
public sealed record Sentence(string Text, IReadOnlyList<SentenceSpan> Spans, IReadOnlyList<Fact> Facts);

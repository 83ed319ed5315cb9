namespace Froth.Narrative;

/// <summary>Where a fact is written in a sentence's text.</summary>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="Length">Length of the written fact.</param>
/// <param name="FactId">The fact's id.</param>
/// <param name="Form">The form it was written in.</param>
public sealed record SentenceSpan(int Start, int Length, string FactId, FactForm Form);

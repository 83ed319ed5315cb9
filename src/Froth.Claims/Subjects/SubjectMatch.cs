namespace Froth.Claims.Subjects;

/// <summary>A subject named in the text: the tokens that name it and the symbols the name resolves to.</summary>
/// <param name="First">Index of the first token (in the sentence's token list).</param>
/// <param name="Length">Tokens it takes.</param>
/// <param name="Symbols">Canonical symbols named: one, or several when the name is ambiguous.</param>
/// <param name="Phrase">The phrase as written.</param>
public sealed record SubjectMatch(int First, int Length, IReadOnlyList<string> Symbols, string Phrase);

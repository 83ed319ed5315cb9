namespace Froth.Data.Store;

/// <summary>Rows of a document the quality rules left out, grouped by the rule that did it.</summary>
/// <param name="Rule">The rule's identifier (<c>duplicate-date</c>…).</param>
/// <param name="Rows">Number of rows left out by the rule.</param>
/// <param name="Example">The first such issue's message, as an example of the reason.</param>
public sealed record SkipReason(string Rule, int Rows, string Example);

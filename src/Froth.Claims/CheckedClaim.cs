namespace Froth.Claims;

/// <summary>One claim of an article with its verdict and the evidence behind it.</summary>
/// <param name="Text">The exact span of the article the claim is read from.</param>
/// <param name="Start">Character offset of the span's first character.</param>
/// <param name="End">Character offset just after the span.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Subject">Canonical symbol of the subject, or <see langword="null"/> when it has none (or is ambiguous).</param>
/// <param name="Metric">What is claimed: return, ratio, streak, record, highestSince, firstAbove, belowPeak, comparison, multiple, level, change, annualValue, figure.</param>
/// <param name="Period">The sessions computed over, or <see langword="null"/>.</param>
/// <param name="Stated">The figure as the article states it, with its hedge ("about 12%", "more than doubled").</param>
/// <param name="Computed">The figure computed from the data, formatted ("-8.62%"), or <see langword="null"/>.</param>
/// <param name="Rule">The rule of docs/claims.md applied.</param>
/// <param name="Evidence">Series and source, the sessions and their values, the computation.</param>
/// <param name="Reason">Why the claim is unverifiable or ambiguous, or a note on a verdict; else <see langword="null"/>.</param>
public sealed record CheckedClaim(
    string Text,
    int Start,
    int End,
    ClaimVerdict Verdict,
    string? Subject,
    string Metric,
    ClaimPeriod? Period,
    string Stated,
    string? Computed,
    string Rule,
    IReadOnlyList<string> Evidence,
    string? Reason);

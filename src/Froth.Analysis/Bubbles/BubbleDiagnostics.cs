namespace Froth.Analysis.Bubbles;

/// <summary>The bubble tests of one subject as of one date, as a report shows them: PSY with its episodes, the LPPLS confidence over the past year and the LPPLS fit of the last year. A test the history is too short for is missing with its reason.</summary>
/// <param name="Psy">PSY on the last <see cref="BubbleSettings.PsyObservations"/> sessions, or <see langword="null"/>.</param>
/// <param name="PsyShortfall">Why PSY was not run, or <see langword="null"/>.</param>
/// <param name="Confidence">The LPPLS confidence at monthly end dates, the as-of session last, or <see langword="null"/>.</param>
/// <param name="ConfidenceShortfall">Why it was not computed, or <see langword="null"/>.</param>
/// <param name="Fit">The LPPLS fit of the last <see cref="BubbleSettings.LpplsFitSpan"/> sessions, or <see langword="null"/>.</param>
/// <param name="FitShortfall">Why it was not made, or <see langword="null"/>.</param>
public sealed record BubbleDiagnostics(
    PsyAnalysis? Psy,
    string? PsyShortfall,
    LpplsConfidenceAnalysis? Confidence,
    string? ConfidenceShortfall,
    LpplsFitAnalysis? Fit,
    string? FitShortfall);

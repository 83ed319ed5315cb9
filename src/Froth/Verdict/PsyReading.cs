namespace Froth.Verdict;

/// <summary>The PSY statistic of the subject on the as-of date, for the explosiveness component.</summary>
/// <param name="Bsadf">The BSADF statistic at the last observation.</param>
/// <param name="Cv95">Its 95% critical value.</param>
/// <param name="Cv99">Its 99% critical value (the score reaches 100 there); above <paramref name="Cv95"/>.</param>
public sealed record PsyReading(double Bsadf, double Cv95, double Cv99);

namespace Froth.Bubbles.Psy;

/// <summary>The 90%, 95% and 99% quantiles of a statistic's null distribution (right-tail critical values).</summary>
/// <param name="Cv90">Rejects at the 10% level above this value.</param>
/// <param name="Cv95">Rejects at the 5% level above this value.</param>
/// <param name="Cv99">Rejects at the 1% level above this value.</param>
public sealed record CriticalValueSet(double Cv90, double Cv95, double Cv99);

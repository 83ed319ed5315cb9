namespace Froth.Bubbles.Psy;

/// <summary>Right-tail p-values of the scalar statistics (fractions: 0.01 = 1%).</summary>
/// <param name="Adf">p-value of the ADF statistic.</param>
/// <param name="Sadf">p-value of SADF.</param>
/// <param name="Gsadf">p-value of GSADF.</param>
public sealed record PsyPValues(double Adf, double Sadf, double Gsadf);

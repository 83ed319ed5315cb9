namespace Froth.Bubbles.Psy;

/// <summary>Simulated null distributions of the scalar statistics, each sorted ascending, for p-values.</summary>
/// <param name="Adf">ADF statistics of the simulated series.</param>
/// <param name="Sadf">SADF statistics.</param>
/// <param name="Gsadf">GSADF statistics.</param>
public sealed record PsyNullDistribution(IReadOnlyList<double> Adf, IReadOnlyList<double> Sadf, IReadOnlyList<double> Gsadf)
{
    /// <summary>
    /// The right-tail Monte Carlo p-value <c>(1 + #{simulated ≥ s}) / (R + 1)</c> (Davison &amp; Hinkley 1997, eq. 4.11):
    /// never 0, and exact for the simulated distribution when <c>s</c> comes from the null.
    /// </summary>
    public static double PValue(IReadOnlyList<double> sortedDistribution, double statistic)
    {
        ArgumentNullException.ThrowIfNull(sortedDistribution);
        var n = sortedDistribution.Count;
        var lo = 0;
        var hi = n;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sortedDistribution[mid] < statistic)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (1.0 + (n - lo)) / (n + 1.0);
    }

    /// <summary>The p-values of a result's ADF, SADF and GSADF.</summary>
    public PsyPValues PValues(PsyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PsyPValues(PValue(Adf, result.Adf), PValue(Sadf, result.Sadf), PValue(Gsadf, result.Gsadf));
    }
}

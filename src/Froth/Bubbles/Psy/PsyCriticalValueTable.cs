namespace Froth.Bubbles.Psy;

/// <summary>Critical values of the PSY statistics for one sample size, window and lag.</summary>
/// <param name="Count">Number of observations <c>T</c> they apply to.</param>
/// <param name="FirstIndex">0-based observation of the first BSADF statistic.</param>
/// <param name="Replications">Simulated or bootstrap series behind the values; 0 when read from a file.</param>
/// <param name="Adf">ADF critical values; <see langword="null"/> when unknown (read from a file).</param>
/// <param name="Sadf">SADF critical values; <see langword="null"/> when unknown.</param>
/// <param name="Gsadf">GSADF critical values; <see langword="null"/> when unknown.</param>
/// <param name="Bsadf">Aligned to the observations: the BSADF critical values, <see langword="null"/> before <paramref name="FirstIndex"/>.</param>
/// <param name="Distribution">The simulated distributions for p-values; <see langword="null"/> when read from a file.</param>
/// <param name="Design">The design the values were made for (sample size, minimum window, lag).</param>
public sealed record PsyCriticalValueTable(
    int Count,
    int FirstIndex,
    int Replications,
    CriticalValueSet? Adf,
    CriticalValueSet? Sadf,
    CriticalValueSet? Gsadf,
    IReadOnlyList<CriticalValueSet?> Bsadf,
    PsyNullDistribution? Distribution,
    PsyCriticalValueDesign Design)
{
    /// <summary>
    /// Throws unless the values were made for the design of <paramref name="result"/>: the same number of
    /// observations, minimum window (in regression rows) and lag. Critical values of another design belong to another
    /// null distribution; using them would date other episodes without saying so.
    /// </summary>
    /// <exception cref="FrothException">The designs differ; the message gives both.</exception>
    public void EnsureMatches(PsyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var wanted = PsyCriticalValueDesign.Of(result);
        if (wanted != Design)
        {
            throw new FrothException(
                $"The critical values were made for {Design}, but the statistics have {wanted}; "
                + "critical values apply only to statistics of the same design (make them for this one).");
        }
    }

    /// <summary>The 95% BSADF critical values aligned to the observations (null in the warm-up), for <see cref="PsyEpisodes.Find"/>.</summary>
    public IReadOnlyList<double?> Bsadf95() => [.. Bsadf.Select(c => c?.Cv95)];
}

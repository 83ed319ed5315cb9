namespace Froth.Bubbles.Psy;

/// <summary>The BSADF statistic on one date with its critical values.</summary>
/// <param name="Date">The observation's date.</param>
/// <param name="Bsadf">BSADF there, or <see langword="null"/> where every window is degenerate.</param>
/// <param name="CriticalValue">Its 90/95/99% critical values, or <see langword="null"/> where unknown.</param>
public sealed record PsyDatedPoint(DateOnly Date, double? Bsadf, CriticalValueSet? CriticalValue)
{
    /// <summary>True when BSADF exceeds its 95% critical value: the observation rejects the null of a unit root (an explosive episode).</summary>
    public bool Rejects => Bsadf is { } b && CriticalValue is { } c && b > c.Cv95;

    /// <summary>BSADF minus its 95% critical value: above 0 when the date rejects; <see langword="null"/> when either is unknown.</summary>
    public double? Margin => Bsadf is { } b && CriticalValue is { } c ? b - c.Cv95 : null;
}

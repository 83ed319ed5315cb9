namespace Froth.Bubbles.Psy;

/// <summary>A critical-value method whose size was measured (<see cref="PsyMeasuredSize"/>).</summary>
public enum PsySizeMethod
{
    /// <summary>Monte Carlo critical values of a driftless Gaussian random walk (<see cref="PsyCriticalValues.MonteCarlo"/>).</summary>
    MonteCarlo,

    /// <summary>The wild bootstrap of the series (<see cref="PsyCriticalValues.WildBootstrap"/>).</summary>
    WildBootstrap,
}

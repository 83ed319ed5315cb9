namespace Froth.Bubbles.Psy;

/// <summary>Options of <see cref="PsyTest.Run"/>.</summary>
public sealed record PsyOptions
{
    /// <summary>
    /// The minimum window, counted as <see cref="WindowConvention"/> says; <see langword="null"/> for the rule of
    /// Phillips, Shi &amp; Yu (2015), <c>⌊T·(0.01 + 1.8/√T)⌋</c> with <c>T</c> the number of observations (the
    /// default of both exuber and psymonitor; 19 for T = 100, 90 for T = 1,680).
    /// </summary>
    public int? MinWindow { get; init; }

    /// <summary>What <see cref="MinWindow"/> counts. Default: <see cref="Psy.WindowConvention.Psymonitor"/> (levels).</summary>
    public WindowConvention WindowConvention { get; init; } = WindowConvention.Psymonitor;

    /// <summary>The ADF lag: fixed or chosen by an information criterion. Default: 0.</summary>
    public AdfLag Lag { get; init; } = AdfLag.Zero;

    /// <summary>Threads for a single series (≥ 1); <see langword="null"/> for all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}

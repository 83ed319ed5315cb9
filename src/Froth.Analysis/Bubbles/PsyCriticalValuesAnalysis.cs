using Froth.Bubbles.Psy;

namespace Froth.Analysis.Bubbles;

/// <summary>Monte Carlo critical values of the PSY statistics for one design.</summary>
/// <param name="Window">The design: T, the minimum window, the lag and where the statistics start.</param>
/// <param name="Lag">The lag specification.</param>
/// <param name="MonteCarlo">The null: replications, seed, drift, BSADF null.</param>
/// <param name="Table">The 90/95/99% critical values of ADF, SADF, GSADF and every BSADF observation.</param>
/// <param name="Cached">True when they were read from the cache.</param>
public sealed record PsyCriticalValuesAnalysis(PsyWindow Window, AdfLag Lag, PsyMonteCarloOptions MonteCarlo, PsyCriticalValueTable Table, bool Cached);

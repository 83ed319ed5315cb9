namespace Froth.Bubbles.Lppls;

/// <summary>What <see cref="LpplsSearch"/> found in one window.</summary>
/// <param name="Sse">The lowest residual sum of squares over the finalists.</param>
/// <param name="Converged">Whether the search that reached it met a convergence test.</param>
/// <param name="FinalistsConverged">How many finalists met one.</param>
/// <param name="FinalistSse">Final SSE of each finalist in the order they ran (best scout first); positive infinity for one that failed.</param>
internal readonly record struct SearchOutcome(double Sse, bool Converged, int FinalistsConverged, double[] FinalistSse);

namespace Froth.Bubbles.Lppls;

/// <summary>Where one local search of <see cref="LpplsMinimizer"/> ended.</summary>
/// <param name="Sse">Residual sum of squares at the final point; positive infinity when the objective failed at the start.</param>
/// <param name="Converged">True when the search met a convergence test before its iteration limit.</param>
internal readonly record struct LocalSearch(double Sse, bool Converged);

using Froth.Bubbles.Lppls;

namespace Froth.Reports.Building;

/// <summary>The LPPLS confidence indicator at one end date.</summary>
/// <param name="Date">The end date t2.</param>
/// <param name="Confidence">The indicator (its <c>End</c> is on the axis of the longest window's prices).</param>
public sealed record LpplsConfidencePoint(DateOnly Date, LpplsConfidence Confidence);

namespace Froth.Bubbles.Psy;

/// <summary>Where the PSY statistics of a series of a given length start, for given options (see <see cref="PsyTest.Window"/>).</summary>
/// <param name="Count">Number of observations <c>T</c>.</param>
/// <param name="MinWindow">The minimum window as the convention counts it (the default rule applied when none was given).</param>
/// <param name="WindowConvention">What <paramref name="MinWindow"/> counts.</param>
/// <param name="MinWindowRows">The minimum window in regression rows.</param>
/// <param name="MaxLag">The fixed lag, or the largest lag a criterion may choose.</param>
/// <param name="FirstIndex">0-based observation of the first BADF/BSADF statistic.</param>
/// <param name="Statistics">How many BSADF statistics there are (<c>T − FirstIndex</c>).</param>
public sealed record PsyWindow(int Count, int MinWindow, WindowConvention WindowConvention, int MinWindowRows, int MaxLag, int FirstIndex, int Statistics);

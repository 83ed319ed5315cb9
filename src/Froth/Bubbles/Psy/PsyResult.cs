namespace Froth.Bubbles.Psy;

/// <summary>The PSY statistics of one series: ADF, SADF, GSADF and the BADF and BSADF sequences.</summary>
/// <param name="Count">Number of observations <c>T</c>.</param>
/// <param name="MinWindow">The minimum window, as <paramref name="WindowConvention"/> counts it.</param>
/// <param name="WindowConvention">What <paramref name="MinWindow"/> counts.</param>
/// <param name="MinWindowRows">The minimum window in regression rows (exuber's <c>minw</c>).</param>
/// <param name="Lag">The lag specification.</param>
/// <param name="FullSampleLag">The lag of the full-sample regression: the fixed lag, or the one the criterion chose.</param>
/// <param name="FirstIndex">0-based observation of the first BADF and BSADF statistic (<c>MinWindowRows + MaxLag</c>).</param>
/// <param name="Adf">ADF t-statistic of the whole sample.</param>
/// <param name="Sadf">SADF: the largest BADF (Phillips, Wu &amp; Yu 2011).</param>
/// <param name="Gsadf">GSADF: the largest BSADF (Phillips, Shi &amp; Yu 2015).</param>
/// <param name="Badf">
/// Aligned to the input: the ADF statistic of the window from the first observation to each observation, from
/// <paramref name="FirstIndex"/> on; <see langword="null"/> before it (warm-up) and where the regression is degenerate.
/// </param>
/// <param name="Bsadf">
/// Aligned to the input: the backward sup ADF statistic at each observation (the largest ADF over windows
/// ending there and at least the minimum window long), from <paramref name="FirstIndex"/> on;
/// <see langword="null"/> before it and where every such window is degenerate.
/// </param>
public sealed record PsyResult(
    int Count,
    int MinWindow,
    WindowConvention WindowConvention,
    int MinWindowRows,
    AdfLag Lag,
    int FullSampleLag,
    int FirstIndex,
    double Adf,
    double Sadf,
    double Gsadf,
    IReadOnlyList<double?> Badf,
    IReadOnlyList<double?> Bsadf);

namespace Froth.Bubbles.Lppls;

/// <summary>
/// The LPPLS trust indicator at one end date: how robustly the fits of the nested windows pass the stricter
/// trust filter when their residuals are resampled.
/// </summary>
/// <remarks>
/// For each window, synthetic series are built by adding residuals drawn with replacement from the window's
/// fit to the fitted LPPLS path, and each is calibrated again; the window's score is the fraction of those
/// fits that pass the trust filter with the given sign. The indicator is the median of the scores over the
/// windows (the DS LPPLS Trust of Zhang, Zhang and Sornette 2016, as implemented in Fantazzini's R package
/// <c>bubble</c>).
/// </remarks>
/// <param name="End">Index of the end date t2 in the price series.</param>
/// <param name="Windows">Number of windows.</param>
/// <param name="Resamples">Synthetic series per window.</param>
/// <param name="Positive">Median over windows of the fraction of resampled fits qualifying with <c>B &lt; 0</c>, in [0, 1].</param>
/// <param name="Negative">Median over windows of the fraction of resampled fits qualifying with <c>B &gt; 0</c>, in [0, 1].</param>
public sealed record LpplsTrust(int End, int Windows, int Resamples, double Positive, double Negative);

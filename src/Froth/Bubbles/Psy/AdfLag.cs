namespace Froth.Bubbles.Psy;

/// <summary>
/// The lag order of the ADF regression <c>Δy_t = α + β·y_{t−1} + Σ_{i=1..k} ψ_i·Δy_{t−i} + ε_t</c>: a fixed
/// <c>k</c>, or the <c>k</c> in <c>0…MaxLag</c> that an information criterion prefers.
/// </summary>
/// <param name="MaxLag">The fixed lag, or the largest lag considered when <paramref name="Criterion"/> is set.</param>
/// <param name="Criterion">The criterion choosing the lag, or <see langword="null"/> for the fixed lag <paramref name="MaxLag"/>.</param>
/// <remarks>
/// <para>With a criterion, every lag is compared on the same regression rows (those where all <c>MaxLag</c> lags
/// exist), so the criteria are comparable; statsmodels' <c>adfuller(autolag=…)</c> does the same.</para>
/// <para>Inside a PSY window the statistic of the chosen lag is then taken on those same rows, so a window is
/// the same set of observations whatever lag wins. <see cref="AdfRegression.FitWithCriterion"/> instead refits
/// the chosen lag on the longest sample, as statsmodels does for a single series.</para>
/// </remarks>
public sealed record AdfLag(int MaxLag, InformationCriterion? Criterion)
{
    /// <summary>The lag-0 (Dickey–Fuller) regression: the PSY default, as in Phillips, Shi &amp; Yu (2015).</summary>
    public static AdfLag Zero { get; } = new(0, null);

    /// <summary>A fixed lag <paramref name="lag"/> (≥ 0).</summary>
    public static AdfLag Fixed(int lag)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lag);
        return new AdfLag(lag, null);
    }

    /// <summary>The lag in <c>0…<paramref name="maxLag"/></c> with the smallest AIC.</summary>
    public static AdfLag Aic(int maxLag)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLag);
        return new AdfLag(maxLag, InformationCriterion.Aic);
    }

    /// <summary>The lag in <c>0…<paramref name="maxLag"/></c> with the smallest BIC.</summary>
    public static AdfLag Bic(int maxLag)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLag);
        return new AdfLag(maxLag, InformationCriterion.Bic);
    }

    /// <summary>A short description: <c>2</c>, <c>aic≤6</c> or <c>bic≤12</c>.</summary>
    public override string ToString() => Criterion switch
    {
        null => MaxLag.ToString(System.Globalization.CultureInfo.InvariantCulture),
        InformationCriterion.Aic => $"aic≤{MaxLag}",
        _ => $"bic≤{MaxLag}",
    };
}

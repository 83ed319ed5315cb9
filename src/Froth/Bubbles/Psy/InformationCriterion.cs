namespace Froth.Bubbles.Psy;

/// <summary>The information criterion that chooses the ADF lag.</summary>
/// <remarks>
/// For <c>n</c> regression rows with residual sum of squares <c>SSR</c> and <c>p</c> coefficients (the constant,
/// <c>y_{t−1}</c> and the lags): AIC = <c>n·ln(SSR/n) + 2p</c>, BIC = <c>n·ln(SSR/n) + p·ln n</c>. These differ from
/// statsmodels' <c>−2·llf + …</c> by a constant that is the same for every lag when the rows are the same, so the
/// lag chosen is the same.
/// </remarks>
public enum InformationCriterion
{
    /// <summary>Akaike's information criterion.</summary>
    Aic,

    /// <summary>Schwarz's Bayesian information criterion.</summary>
    Bic,
}

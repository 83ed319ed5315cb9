namespace Froth.Bubbles.Psy;

/// <summary>Which simulated statistic gives the critical value that BSADF is compared with at each observation.</summary>
public enum BsadfNull
{
    /// <summary>
    /// BSADF itself at observation <c>t</c>: the quantile, across replications, of the simulated BSADF at <c>t</c> (its
    /// exact finite-sample null distribution, so each comparison has the nominal size). The default: with it the
    /// S&amp;P 500 episodes published by Phillips, Shi &amp; Yu (2015, Figure 7) are reproduced to within a month or
    /// two (see docs/psy.md).
    /// </summary>
    Bsadf,

    /// <summary>
    /// The SADF statistic of the first <c>t</c> observations (the running maximum of BADF up to <c>t</c>), as the text
    /// of Phillips, Shi &amp; Yu (2015, after eq. 8) words it ("the critical value of the sup ADF statistic based on
    /// ⌊Tr₂⌋ observations") and as exuber's <c>radf_crit</c> BSADF sequences are built (their last value is the SADF
    /// critical value). Much larger values than <see cref="Bsadf"/>, so fewer and shorter episodes.
    /// </summary>
    SadfOfPrefix,
}

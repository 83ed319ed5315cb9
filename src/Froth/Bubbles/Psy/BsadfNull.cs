namespace Froth.Bubbles.Psy;

/// <summary>Which simulated statistic gives the critical value that BSADF is compared with at each observation.</summary>
public enum BsadfNull
{
    /// <summary>
    /// The SADF statistic of the first <c>t</c> observations (the running maximum of BADF up to <c>t</c>): Phillips,
    /// Shi &amp; Yu (2015, eq. 8) compare <c>BSADF_{r₂}</c> with "the critical value of the sup ADF statistic based on
    /// ⌊Tr₂⌋ observations", and exuber's <c>radf_crit</c> BSADF sequences are built this way (its last value is the
    /// SADF critical value). The default; conservative at each observation.
    /// </summary>
    SadfOfPrefix,

    /// <summary>
    /// BSADF itself at observation <c>t</c>: its exact simulated null distribution, so each comparison has the nominal
    /// size (and more observations reject than with <see cref="SadfOfPrefix"/>).
    /// </summary>
    Bsadf,
}

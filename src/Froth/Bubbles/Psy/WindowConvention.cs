namespace Froth.Bubbles.Psy;

/// <summary>What the minimum window size counts: regression rows (R exuber) or price levels (R psymonitor).</summary>
/// <remarks>
/// <para>With lag <c>k</c>, a window of <c>w</c> levels holds <c>w − 1 − k</c> regression rows, so the same number
/// means a window <c>1 + k</c> observations longer under <see cref="Exuber"/> than under <see cref="Psymonitor"/>.
/// The first BSADF statistic is at observation <c>w + k + 1</c> (1-based) under <see cref="Exuber"/> and at
/// observation <c>w</c> under <see cref="Psymonitor"/>. Apart from that offset the two packages compute the
/// same statistics, and Froth reproduces both.</para>
/// <para>With lag selection by an information criterion the lag in these formulas is the maximum lag.</para>
/// </remarks>
public enum WindowConvention
{
    /// <summary>
    /// The minimum window counts price levels, as in Phillips, Shi &amp; Yu (2015) (<c>T_w = ⌊T r_w⌋</c>
    /// observations) and R psymonitor (<c>swindow0</c>). Froth's default.
    /// </summary>
    Psymonitor,

    /// <summary>The minimum window counts regression rows, as R exuber's <c>minw</c>.</summary>
    Exuber,
}

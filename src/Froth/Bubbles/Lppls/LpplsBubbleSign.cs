namespace Froth.Bubbles.Lppls;

/// <summary>The direction of the bubble an LPPLS fit describes, from the sign of its power-law amplitude <c>B</c>.</summary>
public enum LpplsBubbleSign
{
    /// <summary><c>B = 0</c>: no power-law acceleration either way.</summary>
    None,

    /// <summary><c>B &lt; 0</c>: prices accelerate upward toward the critical time (a bubble that ends in a crash or a plateau).</summary>
    Positive,

    /// <summary><c>B &gt; 0</c>: prices accelerate downward toward the critical time (a negative bubble that ends in a rebound).</summary>
    Negative,
}

namespace Froth.Claims.Judging;

/// <summary>How a figure is hedged ("about 5%", "nearly 4%", "more than 150%").</summary>
public enum Hedge
{
    /// <summary>A plain figure: it must round to the stated precision.</summary>
    None,

    /// <summary>"about, around, some, roughly, close to, approximately".</summary>
    About,

    /// <summary>"nearly, almost".</summary>
    Nearly,

    /// <summary>"more than, over, above".</summary>
    MoreThan,

    /// <summary>"less than, under, below".</summary>
    LessThan,

    /// <summary>"at least".</summary>
    AtLeast,
}

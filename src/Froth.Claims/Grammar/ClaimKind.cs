namespace Froth.Claims.Grammar;

/// <summary>What a claim states.</summary>
public enum ClaimKind
{
    /// <summary>A move over a period: a percentage, a ratio word, "slightly", "double-digit" or a direction alone.</summary>
    Move,

    /// <summary>A streak: "its sixth straight weekly gain", "a five-month winning streak", "first monthly loss since April".</summary>
    Streak,

    /// <summary>A record close ("a record close of 5,048.62", "closed at a record").</summary>
    Record,

    /// <summary>"Its highest (lowest) close since T".</summary>
    HighestSince,

    /// <summary>"First finished above X".</summary>
    FirstCross,

    /// <summary>"About 12% below its October 2 peak".</summary>
    BelowPeak,

    /// <summary>"All of them have beaten the Nasdaq 100".</summary>
    Compare,

    /// <summary>A valuation multiple ("19 times forward earnings").</summary>
    Multiple,

    /// <summary>A level ("stands at about 2.7 trillion yuan").</summary>
    Level,

    /// <summary>A figure the grammar found but could not read as any of the above.</summary>
    Figure,
}

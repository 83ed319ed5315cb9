using Froth.Narrative;

namespace Froth.Reports.Building;

/// <summary>The words templates choose by a fact's sign or state.</summary>
internal static class Words
{
    public static Word W(string text) => new(text);

    /// <summary>"rose" / "fell" / "was unchanged at" (as the fact is written: a return that rounds to 0 is unchanged).</summary>
    public static Word RoseFell(Fact change) => FactStyle.RoundsToZero(change) ? W("was unchanged") : W(change.Value > 0 ? "rose" : "fell");

    /// <summary>"up" / "down" / "unchanged".</summary>
    public static Word UpDown(Fact change) => FactStyle.RoundsToZero(change) ? W("unchanged") : W(change.Value > 0 ? "up" : "down");

    /// <summary>"a gain" / "a loss".</summary>
    public static Word GainLoss(Fact change) => W(change.Value >= 0 ? "a gain" : "a loss");

    /// <summary>Plural of a noun for a count fact ("one stock", "eight stocks").</summary>
    public static Word Plural(Fact count, string singular, string plural) => W(count.Value == 1 ? singular : plural);
}

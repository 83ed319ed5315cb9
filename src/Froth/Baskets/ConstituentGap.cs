namespace Froth.Baskets;

/// <summary>A stretch inside the period with no bars of a constituent (a suspension or missing data): its price is held at the last close.</summary>
/// <param name="LastBefore">The constituent's last session before the gap.</param>
/// <param name="FirstAfter">Its first session after the gap.</param>
/// <param name="Weekdays">Weekdays strictly between the two without a bar.</param>
public sealed record ConstituentGap(DateOnly LastBefore, DateOnly FirstAfter, int Weekdays);

namespace Froth.Claims;

/// <summary>The sessions a claim was computed over: from the base close's session to the last session read.</summary>
/// <param name="From">Session of the base close (or the first date of a calendar period).</param>
/// <param name="To">Last session read; never after the publication date.</param>
public sealed record ClaimPeriod(DateOnly From, DateOnly To);

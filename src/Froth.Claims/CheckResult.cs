namespace Froth.Claims;

/// <summary>The claims of one article, checked as of its publication date.</summary>
/// <param name="Date">The publication date: nothing after it is read.</param>
/// <param name="DateSource">Where the date came from: "option" (given by the caller) or "dateline" (found in the text).</param>
/// <param name="Claims">The claims in the order of the text.</param>
public sealed record CheckResult(DateOnly Date, string DateSource, IReadOnlyList<CheckedClaim> Claims);

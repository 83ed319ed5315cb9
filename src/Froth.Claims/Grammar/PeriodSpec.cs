namespace Froth.Claims.Grammar;

/// <summary>A period as an article names it, before it is resolved on a series' calendar.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Text">The words that name it.</param>
/// <param name="Weekday">For <see cref="PeriodKind.Session"/>, the weekday named, or <see langword="null"/> for "on the day".</param>
/// <param name="Year">The year of a calendar period (0 when the article gives none: the latest such period on or before the date).</param>
/// <param name="Number">The month (1–12) or quarter (1–4) of a calendar period.</param>
/// <param name="SinceDate">For <see cref="PeriodKind.Since"/>, the first day of the period named after "since".</param>
public sealed record PeriodSpec(PeriodKind Kind, string Text, DayOfWeek? Weekday = null, int Year = 0, int Number = 0, DateOnly? SinceDate = null);

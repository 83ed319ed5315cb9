namespace Froth.Speculation;

/// <summary>One session's turnover against its trailing average.</summary>
/// <param name="Date">Session date.</param>
/// <param name="Turnover">
/// Traded value approximated as close × volume, in the quote currency times the source's volume unit (shares, or
/// lots of 100); <see langword="null"/> when the bar has no volume. Only ratios of it are meaningful for an index.
/// </param>
/// <param name="Average">
/// Mean turnover of the <see cref="TurnoverOptions.Window"/> sessions before this one (this one excluded, so that a
/// surge does not raise its own yardstick); <see langword="null"/> during warm-up or when any of them has no volume.
/// </param>
/// <param name="Ratio">Turnover / Average: 2.0 is twice the usual traded value; <see langword="null"/> when either is missing or the average is 0.</param>
public sealed record TurnoverPoint(DateOnly Date, double? Turnover, double? Average, double? Ratio);

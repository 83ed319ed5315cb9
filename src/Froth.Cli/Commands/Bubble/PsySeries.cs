namespace Froth.Cli.Commands.Bubble;

/// <summary>The series <c>froth bubble psy</c> tests, after selection, resampling and transform.</summary>
/// <param name="Label">What it is: a symbol, or a file and column.</param>
/// <param name="Dates">The date of each value, or <see langword="null"/> when the input has none.</param>
/// <param name="Values">The transformed values, finite.</param>
internal sealed record PsySeries(string Label, IReadOnlyList<DateOnly>? Dates, double[] Values);

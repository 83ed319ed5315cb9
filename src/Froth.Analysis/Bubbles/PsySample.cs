using Froth.Series;

namespace Froth.Analysis.Bubbles;

/// <summary>The observations a PSY test read.</summary>
/// <param name="From">The first observation's date.</param>
/// <param name="To">The last observation's date (the as-of session).</param>
/// <param name="Observations">How many (T).</param>
/// <param name="Rule">How they were chosen.</param>
/// <param name="Frequency">The frequency resampled to, or <see langword="null"/> for the data as they are.</param>
public sealed record PsySample(DateOnly From, DateOnly To, int Observations, PsySampleRule Rule, Frequency? Frequency);

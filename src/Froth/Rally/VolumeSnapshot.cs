namespace Froth.Rally;

/// <summary>
/// The as-of session's volume against its recent averages (<see cref="VolumeFacts"/>). Averages are of the
/// sessions before the as-of session, not including it.
/// </summary>
/// <param name="Volume">The as-of session's volume, in the source's unit.</param>
/// <param name="Average20">Mean volume of the 20 sessions before, or <see langword="null"/> when fewer than 20 earlier sessions have a volume.</param>
/// <param name="Ratio20">Volume ÷ <paramref name="Average20"/> (2.0 = twice the average), or <see langword="null"/> when the average is missing or 0.</param>
/// <param name="Average50">Mean volume of the 50 sessions before, or <see langword="null"/>.</param>
/// <param name="Ratio50">Volume ÷ <paramref name="Average50"/>, or <see langword="null"/>.</param>
public sealed record VolumeSnapshot(double Volume, double? Average20, double? Ratio20, double? Average50, double? Ratio50);

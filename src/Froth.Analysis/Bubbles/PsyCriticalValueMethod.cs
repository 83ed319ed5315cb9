using Froth.Bubbles.Psy;

namespace Froth.Analysis.Bubbles;

/// <summary>Where a PSY test's critical values came from.</summary>
/// <param name="Method"><c>monte-carlo</c>, <c>wild-bootstrap</c> or <c>file</c>.</param>
/// <param name="Replications">Simulated or bootstrap series, or <see langword="null"/> for a file.</param>
/// <param name="Seed">The seed, or <see langword="null"/> for a file.</param>
/// <param name="Drift">The Monte Carlo null's drift constant, or <see langword="null"/>.</param>
/// <param name="BsadfNull">What the BSADF critical value is a quantile of, or <see langword="null"/> for a file.</param>
/// <param name="File">The file they were read from, or <see langword="null"/>.</param>
/// <param name="Cached">True when they were read from the cache rather than computed.</param>
/// <param name="MeasuredSize">
/// The method's measured GSADF size at 5% for the tabulated sample size nearest the sample's (docs/psy.md, "Size and
/// power"), or <see langword="null"/> for a file, whose size nobody measured.
/// </param>
public sealed record PsyCriticalValueMethod(string Method, int? Replications, long? Seed, double? Drift, BsadfNull? BsadfNull, string? File, bool Cached, PsyMeasuredSize? MeasuredSize = null);

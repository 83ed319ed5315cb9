using Froth.Bubbles.Lppls;

namespace Froth.Analysis.Bubbles;

/// <summary>What one LPPLS fit is asked for.</summary>
public sealed record LpplsFitRequest
{
    /// <summary>The as-of date: the window's last date t2 is the last session on or before it (default: the latest).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The window's first date, or <see langword="null"/> for the default window (the last <see cref="BubbleSettings.LpplsFitSpan"/> sessions of a stored series; a whole file).</summary>
    public DateOnly? From { get; init; }

    /// <summary>The window's span in sessions (the last N + 1 prices), or <see langword="null"/> for the default.</summary>
    public int? Span { get; init; }

    /// <summary>The calibration.</summary>
    public LpplsOptions Options { get; init; } = LpplsOptions.Default;
}

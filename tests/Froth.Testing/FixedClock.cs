namespace Froth.Testing;

/// <summary>A clock that always says the same instant, so that times written by the code under test are known.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>2026-11-22 09:30 UTC, the team's "today".</summary>
    public static FixedClock Default { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero));

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}

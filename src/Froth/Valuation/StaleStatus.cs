namespace Froth.Valuation;

/// <summary>Whether the value of a series has stopped moving: the run of equal observations that ends with it.</summary>
/// <remarks>
/// A stale value is still the latest observation and is reported as the value, but it really dates from
/// <see cref="Since"/>: a source that stopped updating and carried its last value forward (the Hang Seng TECH
/// P/E of <c>erp_HSTECH.csv</c> repeats 31.3796 from 2026-04-20 to 2026-07-07).
/// </remarks>
/// <param name="Flag">True when the run is at least <see cref="ValuationOptions.StaleRunLength"/> observations long.</param>
/// <param name="SessionsUnchanged">
/// Observations after <see cref="Since"/> up to the value's date that repeat the value exactly (the run's length
/// minus one); 0 when the value differs from the observation before it.
/// </param>
/// <param name="Since">Date of the run's first observation: when the value was last really observed.</param>
public sealed record StaleStatus(bool Flag, int SessionsUnchanged, DateOnly Since);

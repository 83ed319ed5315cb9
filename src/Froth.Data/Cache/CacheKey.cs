using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Froth.Data.Cache;

/// <summary>
/// The identity of a cached computation: a kind (which computation, and a version that changes whenever its
/// algorithm changes results) and every parameter that changes its value. The canonical text lists them one per
/// line, parameters sorted by name, so the order they were added in does not matter; the file name is its SHA-256.
/// </summary>
/// <remarks>
/// Numbers are written invariantly and round-trip exactly (<c>R</c> format for doubles), so 0.1 and 0.1000000001
/// are different keys. Add every input that changes the result (data hashes included); leave out those that do
/// not (thread counts, output formats), so equal results share one entry.
/// </remarks>
public sealed class CacheKey
{
    private readonly SortedDictionary<string, string> _parameters = new(StringComparer.Ordinal);

    /// <summary>A key for computation <paramref name="kind"/> (lowercase letters, digits and '-') at <paramref name="version"/>.</summary>
    public CacheKey(string kind, int version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (!kind.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException($"A cache kind is lowercase letters, digits and '-' (it names a folder); got '{kind}'.", nameof(kind));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Kind = kind;
        Version = version;
    }

    /// <summary>The computation, also the sub-folder of its entries.</summary>
    public string Kind { get; }

    /// <summary>The algorithm version.</summary>
    public int Version { get; }

    /// <summary>The canonical text: <c>kind/vN</c>, then <c>name=value</c> lines sorted by name.</summary>
    public string Canonical =>
        string.Join('\n', _parameters.Select(p => $"{p.Key}={p.Value}").Prepend($"{Kind}/v{Version.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Lowercase hex SHA-256 of <see cref="Canonical"/> (UTF-8).</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical)));

    /// <summary>Adds a text parameter (no line breaks); a name may be given once.</summary>
    public CacheKey With(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        if (name.Contains('=', StringComparison.Ordinal) || name.Contains('\n', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cache parameter names have no '=' and values no line breaks; got '{name}'.", nameof(name));
        }

        if (!_parameters.TryAdd(name, value))
        {
            throw new ArgumentException($"The cache parameter '{name}' is already set.", nameof(name));
        }

        return this;
    }

    /// <summary>Adds an integer parameter.</summary>
    public CacheKey With(string name, long value) => With(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a floating-point parameter, written so that it round-trips exactly.</summary>
    public CacheKey With(string name, double value) => With(name, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds a parameter that may be absent (written as <c>-</c>).</summary>
    public CacheKey WithOptional(string name, object? value) => value switch
    {
        null => With(name, "-"),
        double d => With(name, d),
        IFormattable f => With(name, f.ToString(null, CultureInfo.InvariantCulture)),
        _ => With(name, value.ToString() ?? "-"),
    };

    /// <summary>Adds the SHA-256 of a series of doubles (their IEEE bytes), for results that depend on data.</summary>
    public CacheKey WithData(string name, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var bytes = new byte[values.Count * sizeof(double)];
        for (var i = 0; i < values.Count; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(double)), values[i]);
        }

        return With(name, $"{values.Count}:{Convert.ToHexStringLower(SHA256.HashData(bytes))}");
    }
}

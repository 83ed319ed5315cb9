using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Froth.Data.Cache;

/// <summary>
/// A small on-disk cache of computed values (critical values, bootstrap distributions, other slow results), keyed
/// by <see cref="CacheKey"/> and stored as JSON: <c>FOLDER/KIND/SHA256.json</c> holding the canonical key and the value.
/// </summary>
/// <remarks>
/// <para>The folder is <c>$FROTH_CACHE</c>, else <c>$XDG_CACHE_HOME/froth</c>, else <c>~/.cache/froth</c>
/// (<see cref="DefaultFolder"/>). Deleting it, or any entry, is always safe: entries are recomputed.</para>
/// <para>An entry is used only when its stored key text equals the key's canonical text; an entry that cannot be
/// read or parsed is treated as absent and replaced on the next <see cref="Set{T}"/>. Writes go to a temporary
/// file that is then renamed, so a reader never sees half an entry and concurrent writers of the same key leave
/// one complete entry.</para>
/// </remarks>
public sealed class FileCache
{
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
    };

    /// <summary>A cache in <paramref name="folder"/> (created on the first write).</summary>
    public FileCache(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The absolute cache folder.</summary>
    public string Folder { get; }

    /// <summary>
    /// The default folder: <c>FROTH_CACHE</c>, else <c>XDG_CACHE_HOME/froth</c>, else <c>HOME/.cache/froth</c> (the user
    /// profile folder when <c>HOME</c> is unset).
    /// </summary>
    /// <param name="variable">Reads an environment variable (<see langword="null"/> when unset).</param>
    public static string DefaultFolder(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable("FROTH_CACHE") is { Length: > 0 } froth)
        {
            return Path.GetFullPath(froth);
        }

        if (variable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            return Path.GetFullPath(Path.Combine(xdg, "froth"));
        }

        var home = variable("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.GetFullPath(Path.Combine(home, ".cache", "froth"));
    }

    /// <summary>The file an entry lives in.</summary>
    public string PathOf(CacheKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Path.Combine(Folder, key.Kind, key.Hash + ".json");
    }

    /// <summary>Reads the entry for <paramref name="key"/>; false when there is none usable.</summary>
    public bool TryGet<T>(CacheKey key, [MaybeNullWhen(false)] out T value)
    {
        var path = PathOf(key);
        value = default;
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<Entry<T>>(File.ReadAllBytes(path), Json);
            if (entry is null || entry.Key != key.Canonical || entry.Value is null)
            {
                return false;
            }

            value = entry.Value;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged or unreadable entry is a miss: the value is recomputed and the entry rewritten.
            return false;
        }
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any entry.</summary>
    /// <exception cref="FrothException">The cache folder cannot be written.</exception>
    public void Set<T>(CacheKey key, T value)
    {
        var path = PathOf(key);
        var dir = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(dir, $".{key.Hash}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new Entry<T>(key.Canonical, value), Json));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new FrothException($"Cannot write the cache entry {path}: {e.Message} Set FROTH_CACHE to a writable folder.", e);
        }
    }

    /// <summary>The cached value for <paramref name="key"/>, or <paramref name="create"/>'s, which is then stored.</summary>
    public T GetOrAdd<T>(CacheKey key, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (TryGet<T>(key, out var cached))
        {
            return cached;
        }

        var value = create();
        Set(key, value);
        return value;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temporary file is harmless.
        }
    }

    private sealed record Entry<T>(string Key, T Value);
}

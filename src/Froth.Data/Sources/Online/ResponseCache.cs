using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Froth.Data.Sources.Online;

/// <summary>
/// Response bodies kept on disk by request URL and reused while younger than <see cref="MaxAge"/>: a fetch of a
/// per-day source (SZSE's margin totals, one request per trading day) asked again does not ask again for the days it
/// already has. Only bodies a layout read without error and that held at least one row are kept, never an empty
/// answer for a day not published yet, nor an error.
/// </summary>
/// <remarks>
/// <para>One file per URL, <c>FOLDER/&lt;SHA-256 of the URL&gt;.json</c>, holding the URL as shown (an API key replaced),
/// the time it was fetched by the fetcher's clock and the body (base64). The file name hashes the URL as sent, so two
/// keys never share an entry and no key appears in a name. Writes go to a temporary file renamed into place; an entry
/// that cannot be read is ignored and replaced. Deleting the folder is always safe.</para>
/// <para><c>froth fetch --cache</c> uses <c>$FROTH_CACHE/responses</c> (see <c>FileCache.DefaultFolder</c>) with a
/// maximum age of 24 hours.</para>
/// </remarks>
public sealed class ResponseCache
{
    /// <summary>The maximum age <c>froth fetch --cache</c> uses: 24 hours.</summary>
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromHours(24);

    private readonly TimeProvider _time;

    /// <summary>A cache in <paramref name="folder"/> (created on the first write).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="time">The clock that dates entries and decides their age.</param>
    /// <param name="maxAge">How long an entry is reused.</param>
    public ResponseCache(string folder, TimeProvider time, TimeSpan maxAge)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxAge, TimeSpan.Zero);
        Folder = Path.GetFullPath(folder);
        _time = time;
        MaxAge = maxAge;
    }

    /// <summary>The absolute folder.</summary>
    public string Folder { get; }

    /// <summary>How long an entry is reused.</summary>
    public TimeSpan MaxAge { get; }

    /// <summary>The body fetched from <paramref name="uri"/> less than <see cref="MaxAge"/> ago, or <see langword="null"/>.</summary>
    public byte[]? TryGet(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var path = PathOf(uri);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var fetchedAt = DateTimeOffset.Parse(root.GetProperty("fetchedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            var age = _time.GetUtcNow() - fetchedAt;
            return age >= TimeSpan.Zero && age < MaxAge ? root.GetProperty("body").GetBytesFromBase64() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="body"/> as fetched now from <paramref name="uri"/>, shown as <paramref name="shown"/>.</summary>
    public void Put(Uri uri, string shown, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(body);
        var path = PathOf(uri);
        var json = JsonSerializer.SerializeToUtf8Bytes(new Entry(shown, _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), Convert.ToBase64String(body)));
        try
        {
            Directory.CreateDirectory(Folder);
            var temp = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temp, json);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs a request next time.
        }
    }

    /// <summary>The file of the entry of <paramref name="uri"/>.</summary>
    public string PathOf(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uri.AbsoluteUri))) + ".json");
    }

    private sealed record Entry(
        [property: System.Text.Json.Serialization.JsonPropertyName("url")] string Url,
        [property: System.Text.Json.Serialization.JsonPropertyName("fetchedAt")] string FetchedAt,
        [property: System.Text.Json.Serialization.JsonPropertyName("body")] string Body);
}

namespace Froth.Data.Sources.Online;

/// <summary>
/// A response the transport refused: its body (after decompression) grew past the request's limit, or it redirected
/// more than <see cref="FetchHttpOptions.MaxRedirects"/> times or to a URL that is not http(s). Never retried;
/// <see cref="OnlineFetcher"/> turns it into a <see cref="FetchException"/> that names the source and the host.
/// </summary>
public sealed class ResponseLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ResponseLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ResponseLimitException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ResponseLimitException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>A limit in bytes for messages: "64 MB" (1 MB = 1,048,576 bytes), or bytes below one MB.</summary>
    public static string Megabytes(long bytes) =>
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? $"{bytes >> 20} MB" : bytes >= 1 << 20 ? $"{bytes / (double)(1 << 20):0.#} MB" : $"{bytes:N0} bytes";
}

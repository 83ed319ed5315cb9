using System.Net;

namespace Froth.Data.Sources.Online;

/// <summary>
/// The innermost handler of Froth's own: keeps requests to one host at least
/// <see cref="FetchHttpOptions.MinimumInterval"/> apart (each request reserves the next free slot of its host, so
/// concurrent requests queue), sends the request, follows at most <c>maxRedirects</c> redirects (each hop takes its
/// host's slot, so a redirect loop cannot bypass the rate limit), and reads the whole body inside the attempt, so that a
/// body cut off mid-way fails the attempt (and is retried) instead of failing later outside the retry policy. A body
/// larger than the request's limit (<see cref="FetchHttp.MaxResponseBytesKey"/>, after decompression) stops the read at
/// the limit and fails with <see cref="ResponseLimitException"/>, which is not retried.
/// </summary>
internal sealed class FetchTransportHandler(TimeProvider time, TimeSpan interval, long maxResponseBytes, int maxRedirects, bool ownsInner) : DelegatingHandler
{
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var limit = request.Options.TryGetValue(FetchHttp.MaxResponseBytesKey, out var l) ? l : maxResponseBytes;
        var first = request.RequestUri!;
        var current = request;
        for (var redirects = 0; ; redirects++)
        {
            await WaitForSlot(current.RequestUri?.Host ?? "", cancellationToken).ConfigureAwait(false);
            var response = await base.SendAsync(current, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                response.Dispose();
                var next = location.IsAbsoluteUri ? location : new Uri(current.RequestUri!, location);
                if (redirects >= maxRedirects)
                {
                    throw new ResponseLimitException($"{first.Host} redirected more than {maxRedirects} times (last to {next.Host})");
                }

                if (next.Scheme is not ("http" or "https"))
                {
                    throw new ResponseLimitException($"{first.Host} redirected to a {next.Scheme}: URL");
                }

                current = Follow(request, next);
                continue;
            }

            try
            {
                return await Buffer(response, limit, first, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static HttpRequestMessage Follow(HttpRequestMessage original, Uri next)
    {
        var copy = new HttpRequestMessage(HttpMethod.Get, next);
        foreach (var h in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(h.Key, h.Value);
        }

        foreach (var o in original.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[o.Key] = o.Value;
        }

        return copy;
    }

    private async Task WaitForSlot(string host, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var slot = _nextSlot.TryGetValue(host, out var next) && next > now ? next : now;
            _nextSlot[host] = slot + interval;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    // Reads at most limit bytes of the (decompressed) body into memory; one byte more fails the request.
    private static async Task<HttpResponseMessage> Buffer(HttpResponseMessage response, long limit, Uri uri, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is { } declared && declared > limit && response.Content.Headers.ContentEncoding.Count == 0)
        {
            throw new ResponseLimitException($"response larger than {ResponseLimitException.Megabytes(limit)} from {uri.Host} (it declares {declared:N0} bytes)");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var body = new MemoryStream();
            var buffer = new byte[81920];
            while (true)
            {
                int n;
                try
                {
                    n = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    // As HttpContent.LoadIntoBufferAsync reports it: a network error, so the attempt is retried.
                    throw new HttpRequestException(HttpRequestError.ResponseEnded, $"Error while copying content to a stream: {e.Message}", e);
                }

                if (n == 0)
                {
                    break;
                }

                if (body.Length + n > limit)
                {
                    throw new ResponseLimitException($"response larger than {ResponseLimitException.Megabytes(limit)} from {uri.Host}");
                }

                body.Write(buffer, 0, n);
            }

            var content = new ByteArrayContent(body.ToArray());
            foreach (var h in response.Content.Headers)
            {
                if (!h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !h.Key.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
                {
                    content.Headers.TryAddWithoutValidation(h.Key, h.Value);
                }
            }

            response.Content.Dispose();
            response.Content = content;
            return response;
        }
    }

    protected override void Dispose(bool disposing)
    {
        // A handler the caller gave (a test's fake) is the caller's to dispose.
        if (ownsInner)
        {
            base.Dispose(disposing);
        }
    }
}

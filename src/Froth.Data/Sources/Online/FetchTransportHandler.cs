namespace Froth.Data.Sources.Online;

/// <summary>
/// The innermost handler of Froth's own: keeps requests to one host at least
/// <see cref="FetchHttpOptions.MinimumInterval"/> apart (each request reserves the next free slot of its host, so
/// concurrent requests queue), sends the request, and reads the whole body inside the attempt, so that a body
/// cut off mid-way fails the attempt (and is retried) instead of failing later outside the retry policy.
/// </summary>
internal sealed class FetchTransportHandler(TimeProvider time, TimeSpan interval, bool ownsInner) : DelegatingHandler
{
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri?.Host ?? "";
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

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
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

using System.Net;
using System.Net.Http.Headers;

namespace Froth.Testing.Http;

/// <summary>The answers a test scripts: recorded bodies from wire-samples, error statuses, hangs and network failures.</summary>
public static class Replies
{
    /// <summary>HTTP 200 with the bytes of a recorded response in the snapshot (<c>wire-samples/…</c>).</summary>
    public static Reply Sample(string relativePath) => Body(File.ReadAllBytes(SampleData.Path(relativePath)));

    /// <summary>HTTP 200 with the first <paramref name="bytes"/> bytes of a recorded response: a body cut off mid-way.</summary>
    public static Reply TruncatedSample(string relativePath, int bytes) => Body(File.ReadAllBytes(SampleData.Path(relativePath))[..bytes]);

    /// <summary>HTTP 200 with this text (UTF-8).</summary>
    public static Reply Text(string text) => Body(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>HTTP 200 with these bytes.</summary>
    public static Reply Body(byte[] body) => Status(HttpStatusCode.OK, body: body);

    /// <summary>An error (or any) status, with an optional <c>Retry-After</c> (seconds or a date) and body.</summary>
    public static Reply Status(HttpStatusCode status, TimeSpan? retryAfter = null, DateTimeOffset? retryAt = null, byte[]? body = null, string? text = null) =>
        (request, _) =>
        {
            var response = new HttpResponseMessage(status)
            {
                RequestMessage = request,
                Content = new ByteArrayContent(body ?? System.Text.Encoding.UTF8.GetBytes(text ?? "")),
            };
            if (retryAfter is { } delta)
            {
                response.Headers.RetryAfter = new RetryConditionHeaderValue(delta);
            }
            else if (retryAt is { } date)
            {
                response.Headers.RetryAfter = new RetryConditionHeaderValue(date);
            }

            return Task.FromResult(response);
        };

    /// <summary>Never answers: waits until the request is cancelled (by a time-out), as a server that hangs.</summary>
    public static Reply Hang() =>
        async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        };

    /// <summary>Fails as the network would, with this exception (an <see cref="HttpRequestException"/> wrapping a socket error).</summary>
    public static Reply Throw(Exception exception) => (_, _) => Task.FromException<HttpResponseMessage>(exception);

    /// <summary>HTTP 200 whose body stream breaks after <paramref name="bytes"/> bytes (the connection dropped mid-body).</summary>
    public static Reply BrokenBody(byte[] body, int bytes) =>
        (request, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StreamContent(new BreakingStream(body[..bytes])),
        });

    private sealed class BreakingStream(byte[] head) : MemoryStream(head)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            return n > 0 ? n : throw new IOException("The response ended prematurely (connection reset).");
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await base.ReadAsync(buffer, cancellationToken);
            return n > 0 ? n : throw new IOException("The response ended prematurely (connection reset).");
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}

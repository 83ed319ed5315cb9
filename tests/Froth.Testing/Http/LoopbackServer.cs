using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Froth.Testing.Http;

/// <summary>A request the <see cref="LoopbackServer"/> answered: the path and query asked for and the headers sent.</summary>
/// <param name="PathAndQuery">The request's path and query, as sent.</param>
/// <param name="Referer">The <c>Referer</c> header, or <see langword="null"/>.</param>
/// <param name="UserAgent">The <c>User-Agent</c> header, or <see langword="null"/>.</param>
public sealed record LoopbackRequest(string PathAndQuery, string? Referer, string? UserAgent);

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port (<see cref="HttpListener"/>), for end-to-end tests of the fetchers
/// over sockets: each request is answered by the first route whose test matches its path and query, with a body
/// (recorded responses from wire-samples, or fixtures) and a status. Nothing leaves the machine. Dispose it to stop.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(Func<string, bool> Match, Func<string, (HttpStatusCode Status, byte[] Body, IReadOnlyDictionary<string, string> Headers)> Answer)> _routes = [];
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();
    private readonly Task _loop;

    /// <summary>Starts the server on a free loopback port.</summary>
    public LoopbackServer()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            BaseUrl = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between probing and binding: try another.
            }
        }

        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The server's base URL, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every request answered, in order.</summary>
    public IReadOnlyList<LoopbackRequest> Requests => [.. _requests];

    /// <summary>Answers requests whose path and query contain <paramref name="text"/> (unescaped) with HTTP 200 and the body.</summary>
    public LoopbackServer When(string text, byte[] body) => When(text, _ => (HttpStatusCode.OK, body));

    /// <summary>Answers requests whose path and query contain <paramref name="text"/> (unescaped) with what <paramref name="answer"/> gives.</summary>
    public LoopbackServer When(string text, Func<string, (HttpStatusCode Status, byte[] Body)> answer) =>
        When(text, q => { var (status, body) = answer(q); return (status, body, NoHeaders); });

    /// <summary>
    /// Answers requests whose path and query contain <paramref name="text"/> (unescaped) with a status, a body and
    /// response headers (<c>Location</c> for a redirect, <c>Content-Encoding</c> for a compressed body).
    /// </summary>
    public LoopbackServer When(string text, Func<string, (HttpStatusCode Status, byte[] Body, IReadOnlyDictionary<string, string> Headers)> answer)
    {
        lock (_routes)
        {
            _routes.Add((q => q.Contains(text, StringComparison.Ordinal), answer));
        }

        return this;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's ObjectDisposedException or HttpListenerException.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var query = Uri.UnescapeDataString(context.Request.Url!.PathAndQuery);
            _requests.Enqueue(new LoopbackRequest(context.Request.Url.PathAndQuery, context.Request.Headers["Referer"], context.Request.UserAgent));
            (HttpStatusCode Status, byte[] Body, IReadOnlyDictionary<string, string> Headers) reply = (HttpStatusCode.NotFound, "no route"u8.ToArray(), NoHeaders);
            lock (_routes)
            {
                foreach (var (match, answer) in _routes)
                {
                    if (match(query))
                    {
                        reply = answer(query);
                        break;
                    }
                }
            }

            context.Response.StatusCode = (int)reply.Status;
            foreach (var (name, value) in reply.Headers)
            {
                context.Response.AddHeader(name, value);
            }

            context.Response.ContentLength64 = reply.Body.Length;
            try
            {
                await context.Response.OutputStream.WriteAsync(reply.Body).ConfigureAwait(false);
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client stopped reading (a response over its limit): nothing more to send.
                context.Response.Abort();
            }
        }
    }
}

namespace Froth.Testing.Http;

/// <summary>A request the <see cref="ScriptedHttpHandler"/> received.</summary>
/// <param name="Uri">The URL asked for.</param>
/// <param name="At">When, by the handler's clock.</param>
/// <param name="UserAgent">The User-Agent header sent.</param>
public sealed record ScriptedRequest(Uri Uri, DateTimeOffset At, string UserAgent)
{
    /// <summary>The decoded value of a query parameter, or <see langword="null"/>.</summary>
    public string? Query(string name)
    {
        foreach (var pair in Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            if (key == name)
            {
                return eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }

    /// <summary>The names of the query parameters, in order.</summary>
    public IReadOnlyList<string> QueryNames =>
        [.. Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => Uri.UnescapeDataString(p.Split('=')[0]))];
}

/// <summary>
/// The innermost HTTP handler of the online tests: answers each request with the next scripted reply of the
/// first rule whose URL test matches (the last reply of a rule repeats), records every request, and fails a
/// request no rule matches. Nothing reaches the network.
/// </summary>
public sealed class ScriptedHttpHandler(TimeProvider? time = null) : HttpMessageHandler
{
    private readonly List<(Func<Uri, bool> Match, Reply[] Replies, int[] Next)> _rules = [];
    private readonly List<ScriptedRequest> _requests = [];
    private readonly Lock _gate = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<ScriptedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Answers requests whose URL passes <paramref name="match"/> with <paramref name="replies"/> in turn; the last repeats.</summary>
    public ScriptedHttpHandler When(Func<Uri, bool> match, params Reply[] replies)
    {
        ArgumentOutOfRangeException.ThrowIfZero(replies.Length);
        lock (_gate)
        {
            _rules.Add((match, replies, [0]));
        }

        return this;
    }

    /// <summary>Answers requests whose URL contains <paramref name="text"/>.</summary>
    public ScriptedHttpHandler WhenUrlContains(string text, params Reply[] replies) =>
        When(u => Uri.UnescapeDataString(u.AbsoluteUri).Contains(text, StringComparison.Ordinal), replies);

    /// <summary>Answers every request.</summary>
    public ScriptedHttpHandler Always(params Reply[] replies) => When(_ => true, replies);

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("A request without a URL.");
        Reply? reply = null;
        lock (_gate)
        {
            _requests.Add(new ScriptedRequest(uri, _time.GetUtcNow(), request.Headers.UserAgent.ToString()));
            foreach (var (match, replies, next) in _rules)
            {
                if (match(uri))
                {
                    reply = replies[Math.Min(next[0], replies.Length - 1)];
                    next[0]++;
                    break;
                }
            }
        }

        return reply is null
            ? throw new InvalidOperationException($"No scripted reply for GET {uri}.")
            : reply(request, cancellationToken);
    }
}

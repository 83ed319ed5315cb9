namespace Froth.Testing.Http;

/// <summary>One scripted answer of a <see cref="ScriptedHttpHandler"/>: a response, a failure, or a hang until cancelled.</summary>
public delegate Task<HttpResponseMessage> Reply(HttpRequestMessage request, CancellationToken cancellationToken);

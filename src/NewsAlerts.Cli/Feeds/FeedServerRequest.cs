namespace NewsAlerts.Cli.Feeds;

/// <summary>One request the local feed server answered, for tests and the demo to see how they were polled.</summary>
/// <param name="Path">The path asked for, without the leading slash.</param>
/// <param name="IfNoneMatch">The <c>If-None-Match</c> header, or null.</param>
/// <param name="IfModifiedSince">The <c>If-Modified-Since</c> header, or null.</param>
/// <param name="UserAgent">The <c>User-Agent</c> header, or null.</param>
/// <param name="AcceptEncoding">The <c>Accept-Encoding</c> header, or null.</param>
/// <param name="Status">The status answered.</param>
public sealed record FeedServerRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent, string? AcceptEncoding, int Status);

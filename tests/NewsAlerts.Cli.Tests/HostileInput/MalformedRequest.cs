namespace NewsAlerts.Cli.Tests.HostileInput;

using System.Net.Http.Headers;
using System.Text;

/// <summary>One generated hostile request: method, path with query, optional content type, raw body bytes, keys.</summary>
public sealed record MalformedRequest(string Function, string Method, string PathAndQuery, string? ContentType, byte[] Body, bool WithKey, bool WithBearer)
{
    /// <summary>The request message (the key and bearer token are the given ones).</summary>
    public HttpRequestMessage ToMessage(string functionKey)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(PathAndQuery, UriKind.Relative));
        if (Body.Length > 0 || ContentType is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (WithKey)
        {
            message.Headers.Add("x-functions-key", functionKey);
        }

        if (WithBearer)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token.x~y");
        }

        return message;
    }

    /// <summary>A short description for a failure message (the body cut at 300 characters, bad bytes escaped).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var b in Body.Take(300))
        {
            text.Append(b is >= 0x20 and < 0x7F ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        var path = PathAndQuery.Length > 200 ? PathAndQuery[..200] + "..." : PathAndQuery;
        return $"{Function}: {Method} {path} [{ContentType ?? "no content type"}] key={WithKey} bearer={WithBearer} body({Body.Length} bytes)={text}";
    }
}

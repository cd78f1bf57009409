namespace NewsAlerts.Cli.Tests.HostileInput;

using System.Text;
using CsCheck;
using NewsAlerts.Cli.Tests.LocalHost;

/// <summary>
/// Generators of hostile requests: bytes that are not UTF-8, lone surrogate escapes, wrong types, huge numbers, deep
/// nesting, oversized and empty bodies, wrong content types, duplicate keys, and odd ids and query strings.
/// </summary>
public static class MalformedRequests
{
    private static readonly string[] Fields =
    [
        "email", "phone", "timeZone", "topics", "smsMaxUrgency", "text", "exact", "token", "code", "uri", "id", "version",
        "headline", "body_text", "body_html", "description_text", "byline", "copyrightholder", "source", "language",
        "subject", "urgency", "url", "versioncreated", "From", "Body", "MessageSid", "MessageStatus",
    ];

    private static readonly string[] OtherMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    private static readonly Gen<string> Field = Gen.OneOf(Fields);

    private static readonly Gen<string> Scalar = Gen.OneOf(
        "\"x@example.com\"", "\"+447400123456\"", "\"Europe/London\"", "\"Syria\"", "\"\"", "\"   \"", "null", "true", "false",
        "0", "-1", "2", "3.5", "1e400", "-1e400", "123456789012345678901234567890", "0.000000000000000000000000000001",
        "1.7976931348623157e309", "\"9\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"a\\u0007b\"",
        "\"https://example.com/x\"", "\"2026-13-45T99:99:99Z\"", "\"medtop:20000056\"");

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Scalar),
        (2, Scalar.Array[0, 4].Select(items => "[" + string.Join(',', items) + "]")),
        (1, Gen.Select(Field, Scalar, (f, v) => $"{{\"{f}\":{v}}}")),
        (1, Gen.Int[1, 200].Select(n => "\"" + new string('\u00e9', n * 10) + "\"")));

    private static readonly Gen<string> WrongTypes = Gen.Select(Field, Value).Array[1, 8]
        .Select(pairs => "{" + string.Join(',', pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}");

    private static readonly Gen<string> LoneSurrogate = Gen.Select(
        Gen.OneOf("\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800", "h\\ud800", "\\ud83d"), Field, Gen.Int[0, 3],
        (surrogate, field, where) => where switch
        {
            0 => $"{{\"email\":\"x@example.com\",\"timeZone\":\"UTC\",\"topics\":[\"{surrogate}\"]}}",
            1 => $"{{\"{field}\":\"{surrogate}\"}}",
            2 => $"{{\"{surrogate}\":1,\"topics\":[\"Syria\"]}}",
            _ => $"\"{surrogate}\"",
        });

    private static readonly Gen<string> DuplicateKeys = Gen.Select(Field, Scalar, Scalar, (f, a, b) => $"{{\"{f}\":{a},\"timeZone\":\"UTC\",\"{f}\":{b}}}");

    private static readonly Gen<string> DeepNesting = Gen.Select(Gen.Int[33, 3000], Gen.Bool, (depth, objects) => objects
        ? "{\"topics\":" + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth) + "}"
        : string.Concat(Enumerable.Repeat("[", depth)) + new string(']', depth));

    private static readonly Gen<string> Truncated = Gen.Select(WrongTypes, Gen.Double[0, 1], (json, cut) => json[..(int)(json.Length * cut)]);

    private static readonly Gen<byte[]> Utf8 = Gen.Frequency(
        (4, WrongTypes), (3, LoneSurrogate), (2, DuplicateKeys), (1, DeepNesting), (2, Truncated),
        (1, Gen.OneOf("", " ", "\r\n", "null", "[]", "{}", "\"\"", "0", "{\"topics\":[]}", "\uFEFF", "\uFEFF\uFEFF{}")))
        .Select(text => Encoding.UTF8.GetBytes(text));

    private static readonly Gen<byte[]> NotUtf8 = Gen.Select(
        Utf8, Gen.OneOf<byte[]>([0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]), Gen.Double[0, 1],
        (bytes, bad, at) =>
        {
            var position = (int)(bytes.Length * at);
            byte[] spliced = [.. bytes.AsSpan(0, position), .. bad, .. bytes.AsSpan(position)];
            return spliced;
        });

    private static readonly Gen<byte[]> Oversized = Gen.Int[0, 64].Select(extra =>
        Encoding.UTF8.GetBytes("{\"headline\":\"" + new string('a', (1024 * 1024) + extra) + "\"}"));

    private static readonly Gen<byte[]> Body = Gen.Frequency(
        (10, Utf8), (4, NotUtf8), (2, Gen.Byte.Array[0, 300]), (1, Oversized));

    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (8, Gen.OneOf<string?>("application/json", "application/json; charset=utf-8")),
        (3, Gen.OneOf<string?>(
            null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
            "multipart/form-data", "application/problem+json", "application/json; charset=utf-16", "garbage/;;;", "text/html; charset=\"")));

    private static readonly Gen<string> Query = Gen.OneOf(
        "", "", "?token=garbage", "?token=%ED%A0%80", "?token=" + new string('t', 5000), "?dryRun=maybe", "?dryRun=true", "?code=%FF", "?a=%", "?=&&=");

    /// <summary>Requests to the given functions; route parameters take odd values or <paramref name="knownId"/> (a real subscriber).</summary>
    public static Gen<MalformedRequest> To(IReadOnlyList<PublishedHttpFunction> functions, string knownId)
    {
        // Not %00: Kestrel refuses a NUL in the path itself (an empty 400) before any app code runs, in Azure the front end does.
        var id = Gen.OneOf(
            "sample", knownId, knownId, "..%2F..", "a%2Fb", "%23", "%3F", "%5C", new string('x', 600), "%01", "%C3%A9",
            "%ED%A0%80", "%FF", "-", "'", "%27%20or%20%271%27%3D%271", "%F0%9F%98%80");
        return Gen.Select(
            Gen.OneOf(functions.ToArray()),
            Gen.Int[0, 9],
            Gen.OneOf(OtherMethods),
            id,
            Query,
            ContentType,
            Body,
            Gen.Int[0, 3],
            (function, pick, otherMethod, value, query, contentType, body, keys) => new MalformedRequest(
                function.Name,
                pick < 8 ? function.Methods[pick % function.Methods.Length] : otherMethod,
                "api/" + function.RouteWith(() => value) + query,
                contentType,
                body,
                WithKey: keys is 1 or 3,
                WithBearer: keys >= 2));
    }
}

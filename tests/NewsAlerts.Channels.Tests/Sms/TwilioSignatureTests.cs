namespace NewsAlerts.Channels.Tests.Sms;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;

public sealed class TwilioSignatureTests
{
    private const string Token = "12345";
    private static readonly Uri Url = new("https://mycompany.com/myapp.php?foo=1&bar=2");

    private static readonly KeyValuePair<string, string>[] Form =
    [
        new("CallSid", "CA1234567890ABCDE"),
        new("Caller", "+12349013030"),
        new("Digits", "1234"),
        new("From", "+12349013030"),
        new("To", "+18005551212"),
    ];

    private readonly TwilioSignatureValidator validator = new(Options.Create(new TwilioOptions { AuthToken = Token }));

    [Fact]
    public void Signer_matches_the_example_in_twilios_documentation()
    {
        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", new TwilioRequestSigner(Token).Sign(Url, Form));
    }

    [Fact]
    public void Signed_request_is_valid()
    {
        var signature = new TwilioRequestSigner(Token).Sign(Url, Form);

        Assert.True(validator.IsValid(Url, Form, signature));
    }

    [Fact]
    public void Tampered_parameter_fails()
    {
        var signature = new TwilioRequestSigner(Token).Sign(Url, Form);
        var tampered = Form.Select(p => p.Key == "Digits" ? new KeyValuePair<string, string>("Digits", "9999") : p);

        Assert.False(validator.IsValid(Url, tampered, signature));
    }

    [Fact]
    public void Other_url_fails()
    {
        var signature = new TwilioRequestSigner(Token).Sign(Url, Form);

        Assert.False(validator.IsValid(new Uri("https://mycompany.com/other.php?foo=1&bar=2"), Form, signature));
    }

    [Fact]
    public void Signature_with_another_token_or_none_fails()
    {
        Assert.False(validator.IsValid(Url, Form, new TwilioRequestSigner("other").Sign(Url, Form)));
        Assert.False(validator.IsValid(Url, Form, null));
        Assert.False(validator.IsValid(Url, Form, string.Empty));
    }

    [Fact]
    public void During_a_token_rotation_signatures_by_the_previous_token_still_verify_and_others_do_not()
    {
        var rotating = new TwilioSignatureValidator(Options.Create(new TwilioOptions { AuthToken = "secondary", PreviousAuthToken = Token }));

        Assert.True(rotating.IsValid(Url, Form, new TwilioRequestSigner(Token).Sign(Url, Form)));
        Assert.True(rotating.IsValid(Url, Form, new TwilioRequestSigner("secondary").Sign(Url, Form)));
        Assert.False(rotating.IsValid(Url, Form, new TwilioRequestSigner("other").Sign(Url, Form)));
        Assert.False(validator.IsValid(Url, Form, new TwilioRequestSigner("secondary").Sign(Url, Form)));
    }

    [Fact]
    public async Task Http_request_behind_a_proxy_is_checked_against_the_public_url()
    {
        var signature = new TwilioRequestSigner(Token).Sign(Url, Form);

        Assert.True(await validator.IsValidAsync(Request(signature), new Uri("https://mycompany.com"), CancellationToken.None));
        Assert.False(await validator.IsValidAsync(Request(signature), null, CancellationToken.None));
        Assert.False(await validator.IsValidAsync(Request(signature + "x"), new Uri("https://mycompany.com"), CancellationToken.None));
    }

    private static HttpRequest Request(string signature)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = "POST";
        request.Scheme = "http";
        request.Host = new HostString("10.0.0.4", 8080);
        request.Path = "/myapp.php";
        request.QueryString = new QueryString("?foo=1&bar=2");
        request.ContentType = "application/x-www-form-urlencoded";
        var body = string.Join('&', Form.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        request.Headers[TwilioRequestSigner.HeaderName] = signature;
        return request;
    }
}

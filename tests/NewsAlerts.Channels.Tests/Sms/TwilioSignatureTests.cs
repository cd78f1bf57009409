namespace NewsAlerts.Channels.Tests.Sms;

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
}

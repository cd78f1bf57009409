namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// With one country texted (<c>Sms:AllowedCountries</c>), the sign-up page and the API read a number as people write it
/// there and store it in E.164; with several, a number without + is refused and the page names the countries.
/// </summary>
public sealed class Phone_numbers_are_read_as_people_write_them_where_we_text(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task With_one_country_a_local_number_on_the_page_and_in_the_api_gets_its_code_at_the_e164_number()
    {
        await using var host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Sms:AllowedCountries"] = "GB" });
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        var (onPage, viaApi) = (TestPhones.NewValid(), TestPhones.NewValid());
        var signUp = await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative));
        Assert.Contains("A mobile number in the United Kingdom, written as usual there (e.g. 07400 123456)", signUp, StringComparison.Ordinal);

        var (page, html) = await HtmlForms.PostAsync(host.Client, HtmlForms.Of(signUp).Single(),
            [new("phone", Local(onPage)), new("topics", "Syria"), new("timeZone", "UTC")]);
        using var api = await Api.PostJsonAsync(host.Client, "api/subscribers", new { phone = $"({Local(viaApi)[..5]}) {Local(viaApi)[5..]}", topics = new[] { "Syria" }, timeZone = "UTC" });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("6-digit code", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, api.StatusCode);
        Assert.NotEmpty(await sink.WaitForAsync(onPage, CancellationToken.None));
        Assert.NotEmpty(await sink.WaitForAsync(viaApi, CancellationToken.None));
    }

    [Fact]
    public async Task With_several_countries_the_page_names_them_and_a_local_number_is_refused_on_the_page_and_in_the_api()
    {
        await using var host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Sms:AllowedCountries"] = "GB, IE" });
        const string Sentence = "We text numbers in the United Kingdom and Ireland; start with + and the country code, e.g. +44 7400 123456";
        var signUp = await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative));
        // Razor writes + as &#x2B;.
        Assert.Contains(Sentence, WebUtility.HtmlDecode(signUp), StringComparison.Ordinal);

        var (page, html) = await HtmlForms.PostAsync(host.Client, HtmlForms.Of(signUp).Single(),
            [new("phone", Local(TestPhones.NewValid())), new("topics", "Syria"), new("timeZone", "UTC")]);
        using var api = await Api.PostJsonAsync(host.Client, "api/subscribers", new { phone = Local(TestPhones.NewValid()), topics = new[] { "Syria" }, timeZone = "UTC" });

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("href=\"#field-phone\"", html, StringComparison.Ordinal);
        // The hint, the error summary on top and the error under the field.
        Assert.Equal(3, WebUtility.HtmlDecode(html).Split(Sentence).Length - 1);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var reason = (await Api.BodyAsync(api)).GetProperty("errors").GetProperty("phone")[0].GetString();
        Assert.Equal($"{TextablePhones.NeedsCountryCodeReason} GB, IE", reason);
    }

    // +447400123456 as people in the UK write it: 07400 123456.
    private static string Local(string e164) => $"0{e164[3..7]} {e164[7..]}";
}

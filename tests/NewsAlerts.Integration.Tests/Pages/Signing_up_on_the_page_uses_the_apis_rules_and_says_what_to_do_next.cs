namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Testing;

public sealed class Signing_up_on_the_page_uses_the_apis_rules_and_says_what_to_do_next(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["Pages:EmbedOrigins"] = "https://news.example",
        ["Pages:AllowedOrigins"] = "https://partner.example",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_form_is_a_page_with_labelled_fields_a_policy_and_no_inline_script()
    {
        using var response = await host.Client.GetAsync(new Uri("signup", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        foreach (var field in new[] { "email", "phone", "topics", "timeZone", "language", "emailFrequency", "digestTime", "quietStart", "quietEnd" })
        {
            Assert.Contains($"<label for=\"field-{field}\">", html, StringComparison.Ordinal);
            Assert.Contains($"name=\"{field}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/assets/timezone.js\"", html, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.True(html.Length < 100_000, $"the page is {html.Length} characters");
    }

    [Fact]
    public async Task The_stylesheet_and_script_are_served_and_other_assets_are_not()
    {
        using var css = await host.Client.GetAsync(new Uri("assets/pages.css", UriKind.Relative));
        using var js = await host.Client.GetAsync(new Uri("assets/timezone.js", UriKind.Relative));
        using var other = await host.Client.GetAsync(new Uri("assets/secret.txt", UriKind.Relative));

        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task A_topic_error_names_its_line_and_column_next_to_the_field_and_keeps_the_values()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(host.Client, form,
            [new("email", $"kept-{tag}@example.com"), new("topics", "Syria\n\"ceasefire"), new("timeZone", "Europe/Paris"), new("emailFrequency", "weekly")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#field-topics\"", html, StringComparison.Ordinal);
        Assert.Matches("Line 2: [^<]*column", html);
        Assert.Contains($"value=\"kept-{tag}@example.com\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Europe/Paris\" selected", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"weekly\" selected", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_up_with_email_and_phone_sends_both_and_asks_for_the_code_on_the_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(host.Client, form,
            [new("email", $"both-{tag}@example.com"), new("phone", phone), new("topics", "Syria"), new("timeZone", "UTC"), new("emailFrequency", "immediate")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("confirmation link to your email", html, StringComparison.Ordinal);
        var code = HtmlForms.WithStep(html, "code");
        using var inbox = new Cli.Stack.Smtp4devInbox(fixture.Stack.SmtpInbox);
        using var sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);
        await inbox.WaitForAsync($"both-{tag}@example.com", CancellationToken.None);
        var text = (await sink.WaitForAsync(phone, CancellationToken.None))[^1].GetProperty("body").GetString()!;
        var (confirmed, confirmedHtml) = await HtmlForms.PostAsync(host.Client, code, [new("code", System.Text.RegularExpressions.Regex.Match(text, @"\d{6}").Value)]);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("phone number is confirmed", confirmedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_a_valid_form_token_or_from_a_foreign_origin_is_refused_with_a_page()
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();
        var fields = new KeyValuePair<string, string>[] { new("email", "x@example.com"), new("topics", "Syria"), new("timeZone", "UTC") };

        var (noToken, noTokenHtml) = await HtmlForms.PostAsync(host.Client, ("/signup", new Dictionary<string, string>()), fields);
        var (forged, _) = await HtmlForms.PostAsync(host.Client, ("/signup", new Dictionary<string, string> { ["formToken"] = "forged.token" }), fields);
        var (foreign, foreignHtml) = await HtmlForms.PostAsync(host.Client, form, fields, origin: "https://evil.example");
        var (partner, _) = await HtmlForms.PostAsync(host.Client, form, [new("topics", "Syria")], origin: "https://partner.example");
        var (nullOrigin, _) = await HtmlForms.PostAsync(host.Client, form, fields, origin: "null"); // a no-referrer or sandboxed attacker page

        // From our own origin, a missing or bad token is a form left open too long (audit s45 gap 8): the form again with
        // what was typed and a fresh token, nothing read or sent; from another origin, the refusal page alone.
        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        Assert.Equal("text/html", noToken.Content.Headers.ContentType?.MediaType);
        Assert.Contains(global::NewsAlerts.Pages.PageStrings.FormExpiredKeptMessage, WebUtility.HtmlDecode(noTokenHtml), StringComparison.Ordinal);
        Assert.Contains("value=\"x@example.com\"", noTokenHtml, StringComparison.Ordinal);
        Assert.NotEmpty(HtmlForms.Of(noTokenHtml).Single().Hidden["formToken"]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("This form cannot be sent", foreignHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("x@example.com", foreignHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, nullOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, partner.StatusCode); // allowed origin, so the fields are read (no contact given)
    }

    [Fact]
    public async Task The_embeddable_form_prefills_the_topic_drops_the_chrome_and_may_be_framed_only_by_the_configured_sites()
    {
        using var response = await host.Client.GetAsync(new Uri("signup?embed=1&topic=Syria%20AND%20ceasefire", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.EndsWith("frame-ancestors https://news.example", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains(">Syria AND ceasefire</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<header", html, StringComparison.Ordinal);
        Assert.Equal("1", HtmlForms.Of(html).Single().Hidden["embed"]);
    }

    [Fact]
    public async Task Every_answer_of_an_embedded_sign_up_may_be_framed_and_keeps_its_forms_embedded()
    {
        const string Framed = "frame-ancestors https://news.example";
        var phone = TestPhones.NewValid();
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup?embed=1", UriKind.Relative))).Single();
        using var sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);

        var (started, startedHtml) = await HtmlForms.PostAsync(host.Client, form, [new("phone", phone), new("topics", "Syria"), new("timeZone", "UTC")]);
        var code = HtmlForms.WithStep(startedHtml, "code");
        var first = System.Text.RegularExpressions.Regex.Match((await sink.WaitForAsync(phone, CancellationToken.None))[^1].GetProperty("body").GetString()!, @"\d{6}").Value;
        var (wrong, wrongHtml) = await HtmlForms.PostAsync(host.Client, code, [new("code", first == "000000" ? "111111" : "000000")]);
        var (unknown, _) = await HtmlForms.PostAsync(host.Client, (code.Action, new Dictionary<string, string>(code.Hidden) { ["step"] = "other" }));
        var (resent, resentHtml) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(wrongHtml, "resend"));
        await Eventually.TrueAsync(async () => (await sink.MessagesToAsync(phone, CancellationToken.None)).Count >= 2, "the second code arrives");
        var second = System.Text.RegularExpressions.Regex.Match((await sink.MessagesToAsync(phone, CancellationToken.None))[^1].GetProperty("body").GetString()!, @"\d{6}").Value;
        var (confirmed, confirmedHtml) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(resentHtml, "code"), [new("code", second)]);

        Assert.Equal(
            new[] { (HttpStatusCode.OK, Framed), (HttpStatusCode.Forbidden, Framed), (HttpStatusCode.Forbidden, Framed), (HttpStatusCode.OK, Framed), (HttpStatusCode.OK, Framed) },
            new[] { started, wrong, unknown, resent, confirmed }.Select(r => (r.StatusCode, Header(r, "Content-Security-Policy")[^Framed.Length..])).ToList());
        Assert.All(new[] { code, HtmlForms.WithStep(wrongHtml, "code"), HtmlForms.WithStep(wrongHtml, "resend"), HtmlForms.WithStep(resentHtml, "code") },
            f => Assert.Equal("1", f.Hidden["embed"]));
        Assert.Contains("phone number is confirmed", confirmedHtml, StringComparison.Ordinal);
        Assert.Contains("action=\"/manage\" target=\"_top\"", confirmedHtml, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : string.Empty;
}

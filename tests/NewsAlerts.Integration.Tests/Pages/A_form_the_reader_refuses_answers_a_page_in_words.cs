namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// A page form whose body the form reader refuses (a NUL, a key or value over its limits, too many fields), or whose
/// value holds bytes that are not UTF-8 (read as U+FFFD, then refused by our rules), answers a person with a page in
/// words (a field error or "we couldn’t read this form"), never raw problem+json or a 5xx: every subscriber page form and the
/// editors' sign-in and sign-out forms, each with every kind of such body. An API caller still gets problem+json.
/// </summary>
public sealed class A_form_the_reader_refuses_answers_a_page_in_words(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var form in new[] { "signup", "confirm", "manage", "manage/link", "unsubscribe", "editor/sign-in", "editor/sign-out" })
        {
            foreach (var body in new[] { "nul", "bad-utf8", "bad-utf8-key", "long-key", "long-value", "many-fields" })
            {
                data.Add(form, body);
            }
        }

        return data;
    }

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["Editor:DevSignIn"] = "true",
        ["RateLimits:SignUpsPerClient"] = "10000",
        ["RateLimits:ManageLinksPerClient"] = "10000",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_page_form_with_a_body_the_reader_refuses_answers_a_page(string form, string body)
    {
        // The page's own hidden fields (form token, steps) where it has a form, so only the bad part is wrong.
        var hidden = await HiddenOfAsync(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, form)
        {
            Content = new StringContent(Body(body, hidden, form), Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("Origin", host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Accept", "text/html");
        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"status\":", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidDataException", html, StringComparison.Ordinal);
        if (body is "bad-utf8" or "bad-utf8-key")
        {
            // The reader takes these (a bad sequence reads as U+FFFD): our own rules answer, on the sign-up form on its field.
            if (form == "signup" && body == "bad-utf8")
            {
                Assert.Contains("href=\"#field-email\"", html, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(PageStrings.FormUnreadableTitle, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_api_form_with_bytes_the_reader_refuses_still_gets_problem_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/twilio/inbound")
        {
            Content = new StringContent("Body=%FF%FE&From=%2B447400123456", Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        using var response = await host.Client.SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string Body(string kind, IReadOnlyDictionary<string, string> hidden, string form)
    {
        var fields = string.Join('&', hidden.Select(h => $"{Uri.EscapeDataString(h.Key)}={Uri.EscapeDataString(h.Value)}"));
        var field = form switch
        {
            "signup" => "email",
            "manage/link" => "email",
            "confirm" => "code",
            "editor/sign-in" => "name",
            _ => "note",
        };
        var bad = kind switch
        {
            "nul" => $"{field}=a%00b",
            "bad-utf8" => $"{field}=%FF%FE%C3%28",
            "bad-utf8-key" => "%C0%AF=1",
            "long-key" => new string('k', 5_000) + "=1",
            "long-value" => $"{field}=" + new string('v', (4 * 1024 * 1024) + 10),
            _ => string.Join('&', Enumerable.Range(0, 1_100).Select(i => $"f{i}=x")),
        };
        return fields.Length == 0 ? bad : fields + "&" + bad;
    }

    private async Task<IReadOnlyDictionary<string, string>> HiddenOfAsync(string form)
    {
        var page = form switch
        {
            "signup" or "manage/link" or "editor/sign-in" => form,
            _ => null,
        };
        if (page is null)
        {
            return new Dictionary<string, string>();
        }

        var forms = HtmlForms.Of(await host.Client.GetStringAsync(new Uri(page, UriKind.Relative)));
        return forms.FirstOrDefault(f => f.Action == "/" + form).Hidden ?? new Dictionary<string, string>();
    }
}

namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Testing;

/// <summary>
/// Trial r43 #8: the sign-up page (Italian, Arabic) answered a builder row's error alone, and named the wrong address
/// only after the row was fixed. Every wrong field of one submitted form is named in the same answer, in the page's
/// language, on the page and on the embedded sign-up.
/// </summary>
public sealed class Every_wrong_field_of_a_sign_up_is_named_in_one_answer(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["RateLimits:SignUpsPerClient"] = "10000",
    });

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Theory]
    [InlineData("it", "signup?lang=it")]
    [InlineData("ar", "signup?lang=ar")]
    [InlineData("it", "signup?lang=it&embed=1")]
    public async Task A_wrong_address_and_a_wrong_builder_row_are_named_together(string language, string path)
    {
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri(path, UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Client, form,
            [new("email", "not-an-email"), new("topics", string.Empty), new("timeZone", "Nowhere/Atlantis"), new("topic-0-all", "("), new("topic-0-in", "anywhere")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"lang=\"{language}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#field-email\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#field-timeZone\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#field-topic-0-all\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_my_topics_with_a_wrong_row_shows_the_rows_error_alone_as_nothing_was_submitted()
    {
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Client, form,
            [new("email", "not-an-email"), new("timeZone", "UTC"), new("topic-0-all", "("), new("topic-0-in", "anywhere"), new("action", "preview")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#field-topic-0-all\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#field-email\"", html, StringComparison.Ordinal);
    }
}

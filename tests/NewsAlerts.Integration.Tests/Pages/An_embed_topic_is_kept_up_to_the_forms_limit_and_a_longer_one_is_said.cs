namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Matching.Query;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16, trial #14: <c>/signup?embed=1&amp;topic=</c> longer than 500 characters showed an empty form without a word
/// while the form takes topics up to <see cref="TopicQuery.MaxLength"/>. One limit: a topic up to it is prefilled, a
/// longer one is prefilled with its error next to the box; a language no page is written in is said too.
/// </summary>
public sealed class An_embed_topic_is_kept_up_to_the_forms_limit_and_a_longer_one_is_said(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task A_topic_of_600_characters_is_prefilled_and_one_over_the_limit_is_prefilled_with_its_error()
    {
        var fits = string.Join(" OR ", Enumerable.Repeat("Syria", 100))[..600].TrimEnd(' ', 'O', 'R');
        var over = new string('a', TopicQuery.MaxLength + 1);

        using var fitting = await stack.Host.Client.GetAsync(new Uri($"signup?embed=1&topic={Uri.EscapeDataString(fits)}", UriKind.Relative));
        using var tooLong = await stack.Host.Client.GetAsync(new Uri($"signup?embed=1&topic={over}&lang=xx", UriKind.Relative));
        var fittingHtml = WebUtility.HtmlDecode(await fitting.Content.ReadAsStringAsync());
        var tooLongHtml = await tooLong.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, fitting.StatusCode);
        Assert.Contains($">{fits}</textarea>", fittingHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("error-summary", fittingHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains($">{over}</textarea>", tooLongHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"error-topics\"", tooLongHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"error-lang\"", tooLongHtml, StringComparison.Ordinal);
    }
}

namespace NewsAlerts.Cli.Tests.HostileInput;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Texts;
using NewsAlerts.Functions.Http;
using NewsAlerts.Pages.Messages;
using NewsAlerts.Testing;

/// <summary>
/// Trial s40 #4: confirming a code over the rate limit answered 429 "nothing was sent", which is not what was refused.
/// Every 429, of the API and of the pages in every language, names the action refused and says when to try again.
/// </summary>
public sealed class A_refused_request_says_what_was_not_done(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestHost host = null!;

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    public async Task InitializeAsync() =>
        host = await TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["RateLimits:ConfirmAttemptsPerClient"] = "1" });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Confirming_a_code_over_the_limit_says_nothing_was_confirmed_and_when_to_try_again()
    {
        var signUp = StackFixture.UniqueName("s");
        using var first = await host.Client.PostAsJsonAsync($"api/sign-ups/{signUp}/confirm-sms", new { code = "123456" });

        using var refused = await host.Client.PostAsJsonAsync($"api/sign-ups/{signUp}/confirm-sms", new { code = "123456" });
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("nothing was confirmed", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("sent", detail, StringComparison.Ordinal);
        Assert.Contains($"Try again in {refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds} s.", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_action_has_its_own_words_in_the_api()
    {
        var words = Enum.GetValues<ClientAction>().Select(RateLimitedResult.NotDone).ToList();

        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("nothing was confirmed", RateLimitedResult.NotDone(ClientAction.Confirm));
        Assert.Equal("nothing was signed up or sent", RateLimitedResult.NotDone(ClientAction.SignUp));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_action_has_its_own_words_on_the_pages_then_the_limit_and_the_wait(string language)
    {
        using var scope = new PageLanguageScope(language);
        var actions = Enum.GetValues<ClientAction>();

        var sentences = actions.Select(LimitWords.NotDone).ToList();

        Assert.Equal(actions.Length, sentences.Distinct(StringComparer.Ordinal).Count());
        Assert.All(actions, action =>
        {
            var message = LimitWords.Message(SignUpLimits.ConfirmClient, 600, action);
            Assert.StartsWith(LimitWords.NotDone(action) + " ", message, StringComparison.Ordinal);
            Assert.Contains(WaitWords.Of(600), message, StringComparison.Ordinal);
        });
        if (language != "en")
        {
            using var english = new PageLanguageScope("en");
            Assert.All(actions, action => Assert.DoesNotContain(LimitWords.NotDone(action), sentences));
        }
    }
}

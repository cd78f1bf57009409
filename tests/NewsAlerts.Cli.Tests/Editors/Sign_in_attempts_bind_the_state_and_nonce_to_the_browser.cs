namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Core.Security;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Testing;

public sealed class Sign_in_attempts_bind_the_state_and_nonce_to_the_browser
{
    private static readonly byte[] Key = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];
    private readonly ShiftedClock clock = new();
    private readonly SignInAttempts attempts;

    public Sign_in_attempts_bind_the_state_and_nonce_to_the_browser() => attempts = new SignInAttempts(new TokenSigner(Key, clock), clock);

    [Fact]
    public void An_attempt_comes_back_from_its_cookie_until_it_expires()
    {
        var attempt = SignInAttempts.Start("/editor/stories/s1?tab=2");
        var cookie = attempts.Protect(attempt);

        Assert.Equal(attempt, attempts.Unprotect(cookie));
        clock.Offset = SignInAttempts.Lifetime + TimeSpan.FromSeconds(1);
        Assert.Null(attempts.Unprotect(cookie));
    }

    [Fact]
    public void Each_attempt_has_its_own_random_state_and_nonce()
    {
        var first = SignInAttempts.Start("/editor");
        var second = SignInAttempts.Start("/editor");

        Assert.NotEqual(first.State, second.State);
        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.State, first.Nonce);
        Assert.True(first.State.Length >= 22);
    }

    [Fact]
    public void An_altered_foreign_or_other_purpose_cookie_is_no_attempt()
    {
        var cookie = attempts.Protect(SignInAttempts.Start("/editor"));
        var other = new SignInAttempts(new TokenSigner([.. Key.Select(b => (byte)(b ^ 1))], clock), clock);
        var session = new TokenSigner(Key, clock).Issue(TokenPurpose.EditorSession, "s:n:L2VkaXRvcg", TimeSpan.FromHours(1));

        Assert.Null(attempts.Unprotect(cookie[..^2] + (cookie[^2] == 'A' ? "BA" : "AA")));
        Assert.Null(attempts.Unprotect(other.Protect(SignInAttempts.Start("/editor"))));
        Assert.Null(attempts.Unprotect(session));
        Assert.Null(attempts.Unprotect(null));
    }

    [Theory]
    [InlineData("https://evil.example/editor")]
    [InlineData("//evil.example/editor")]
    [InlineData("/editor//evil.example")]
    [InlineData("/manage")]
    [InlineData("/editor/sign-in")]
    [InlineData(null)]
    public void A_return_path_off_the_console_becomes_the_console(string? returnTo) =>
        Assert.Equal("/editor", SignInAttempts.Start(returnTo).ReturnTo);

    [Fact]
    public void A_return_path_too_long_for_the_cookie_becomes_the_console()
    {
        var attempt = SignInAttempts.Start($"/editor/{new string('a', 300)}");

        Assert.Equal("/editor", attempt.ReturnTo);
        Assert.Equal(attempt, attempts.Unprotect(attempts.Protect(attempt)));
    }

    [Fact]
    public void Only_the_attempts_own_state_matches()
    {
        var attempt = SignInAttempts.Start("/editor");

        Assert.True(attempt.Matches(attempt.State));
        Assert.False(attempt.Matches(attempt.State + "x"));
        Assert.False(attempt.Matches(attempt.Nonce));
        Assert.False(attempt.Matches(string.Empty));
        Assert.False(attempt.Matches(null));
    }

    [Fact]
    public void The_authorize_request_asks_for_an_id_token_posted_back_with_the_state_and_nonce()
    {
        var attempt = new SignInAttempt("st", "no nce", "/editor");

        var uri = attempt.AuthorizeUri(
            new Uri("https://login.microsoftonline.com/t1/oauth2/v2.0/authorize"), "client-1", new Uri("https://news.example/editor/signed-in"));

        Assert.Equal("https://login.microsoftonline.com/t1/oauth2/v2.0/authorize", uri.GetLeftPart(UriPartial.Path));
        var query = uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal("client-1", query["client_id"]);
        Assert.Equal("id_token", query["response_type"]);
        Assert.Equal("form_post", query["response_mode"]);
        Assert.Equal("https://news.example/editor/signed-in", query["redirect_uri"]);
        Assert.Equal("openid profile", query["scope"]);
        Assert.Equal("st", query["state"]);
        Assert.Equal("no nce", query["nonce"]);
    }

    [Fact]
    public void An_endpoint_with_its_own_query_keeps_it()
    {
        var uri = new SignInAttempt("st", "n", "/editor").AuthorizeUri(
            new Uri("https://login.example/authorize?p=b2c_1_signin"), "c", new Uri("https://news.example/editor/signed-in"));

        Assert.StartsWith("https://login.example/authorize?p=b2c_1_signin&client_id=c&", uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("access_denied", "access_denied")]
    [InlineData("<script>alert(1)</script>", "scriptalert1script")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Microsofts_error_code_is_shown_only_as_letters_digits_and_underscores(string? error, string? shown) =>
        Assert.Equal(shown, MicrosoftSignIn.ErrorCode(error));
}

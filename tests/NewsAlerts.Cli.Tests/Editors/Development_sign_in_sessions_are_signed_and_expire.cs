namespace NewsAlerts.Cli.Tests.Editors;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Security;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Testing;

public sealed class Development_sign_in_sessions_are_signed_and_expire
{
    private static readonly byte[] Key = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];
    private readonly ShiftedClock clock = new();
    private readonly EditorSessions sessions;

    public Development_sign_in_sessions_are_signed_and_expire() =>
        sessions = new EditorSessions(new TokenSigner(Key, clock), Options.Create(new EditorOptions { SessionMinutes = 60 }), Options.Create(new AlertsOptions()), clock);

    [Fact]
    public void A_session_names_its_editor_until_it_expires()
    {
        var token = sessions.Issue("  Erin | Editor  ");

        Assert.Equal(new Editor("dev:Erin | Editor", "Erin | Editor", EditorSource.DevSignIn), sessions.Verify(token));
        clock.Offset = TimeSpan.FromMinutes(61);
        Assert.Null(sessions.Verify(token));
    }

    [Fact]
    public void An_altered_or_foreign_token_is_no_session()
    {
        var token = sessions.Issue("Erin");
        var other = new EditorSessions(new TokenSigner([.. Key.Select(b => (byte)(b ^ 1))], clock), Options.Create(new EditorOptions()), Options.Create(new AlertsOptions()), clock);
        var manage = new TokenSigner(Key, clock).Issue(TokenPurpose.Manage, "Erin", TimeSpan.FromHours(1));

        Assert.Null(sessions.Verify(token[..^2] + (token[^2] == 'A' ? "BA" : "AA")));
        Assert.Null(sessions.Verify(other.Issue("Erin")));
        Assert.Null(sessions.Verify(manage));
        Assert.Null(sessions.Verify(null));
    }

    [Fact]
    public void Names_lose_control_characters_and_are_cut_to_80()
    {
        Assert.Equal("ab", EditorSessions.Clean("a\r\nb"));
        Assert.Equal(80, EditorSessions.Clean(new string('x', 200)).Length);
        Assert.Throws<ArgumentException>(() => sessions.Issue(" \t "));
    }

    [Theory]
    [InlineData("/editor", true)]
    [InlineData("/editor/articles/a1", true)]
    [InlineData("/editor?tab=2", true)]
    [InlineData("/editorial", false)]
    [InlineData("//evil.example/editor", false)]
    [InlineData("/editor//evil.example", false)]
    [InlineData("https://evil.example/editor", false)]
    [InlineData("/editor/sign-in", false)]
    [InlineData("/manage", false)]
    [InlineData(null, false)]
    public void The_sign_in_returns_only_to_editor_paths(string? path, bool allowed) => Assert.Equal(allowed, EditorGate.IsReturnPath(path));
}

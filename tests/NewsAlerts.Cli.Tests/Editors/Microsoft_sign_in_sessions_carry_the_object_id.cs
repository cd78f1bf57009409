namespace NewsAlerts.Cli.Tests.Editors;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Security;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Testing;

public sealed class Microsoft_sign_in_sessions_carry_the_object_id
{
    private static readonly byte[] Key = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];
    private readonly ShiftedClock clock = new();
    private readonly EditorSessions sessions;

    public Microsoft_sign_in_sessions_carry_the_object_id() =>
        sessions = new EditorSessions(new TokenSigner(Key, clock), Options.Create(new EditorOptions { SessionMinutes = 60 }), Options.Create(new AlertsOptions()), clock);

    [Fact]
    public void A_microsoft_session_names_the_editor_by_object_id_and_name_until_it_expires()
    {
        var editor = new Editor("00000000-0000-0000-0000-0000000000e1", "Erin: the | Editor", EditorSource.MicrosoftSignIn);
        var token = sessions.Issue(editor);

        Assert.Equal(editor, sessions.Verify(token));
        clock.Offset = TimeSpan.FromMinutes(61);
        Assert.Null(sessions.Verify(token));
    }

    [Fact]
    public void A_development_name_that_looks_like_a_microsoft_session_stays_a_development_session()
    {
        var token = sessions.Issue("ms:oid:Mallory");

        Assert.Equal(new Editor("dev:ms:oid:Mallory", "ms:oid:Mallory", EditorSource.DevSignIn), sessions.Verify(token));
    }

    [Fact]
    public void A_long_name_in_any_script_is_cut_so_the_session_still_verifies()
    {
        var editor = new Editor("00000000-0000-0000-0000-0000000000e1", new string('\u00e9', 80), EditorSource.MicrosoftSignIn);

        var verified = sessions.Verify(sessions.Issue(editor));

        Assert.NotNull(verified);
        Assert.StartsWith("\u00e9\u00e9\u00e9", verified.Name, StringComparison.Ordinal);
        Assert.NotNull(sessions.Verify(sessions.Issue(new string('\u00e9', 80))));
    }

    // Trial r36 #3: "Zoë U+202E evil U+202C" read as "Zoë live" on every audit row. A name from Microsoft (or an older
    // cookie) keeps no bidi formatting character, so an audit author cannot read as another name.
    [Theory]
    [InlineData("Zo\u00eb \u202Eevil\u202C \U0001F98A", "Zo\u00eb evil \U0001F98A")]
    [InlineData("\u2067Erin\u2069", "Erin")]
    [InlineData("Erin\u200F", "Erin")]
    public void A_name_keeps_no_bidi_formatting_character(string name, string kept)
    {
        var editor = new Editor("00000000-0000-0000-0000-0000000000e1", name, EditorSource.MicrosoftSignIn);

        Assert.Equal(kept, sessions.Verify(sessions.Issue(editor))!.Name);
        Assert.Equal(kept, EditorSessions.Clean(name));
    }

    [Fact]
    public void A_microsoft_session_needs_an_object_id()
    {
        Assert.Throws<ArgumentException>(() => sessions.Issue(new Editor(" ", "Erin", EditorSource.MicrosoftSignIn)));
        Assert.Throws<ArgumentException>(() => sessions.Issue(new Editor(new string('x', 65), "Erin", EditorSource.MicrosoftSignIn)));
    }

    [Theory]
    [InlineData(EditorSource.DevSignIn, true, false, true)]
    [InlineData(EditorSource.DevSignIn, false, true, false)]
    [InlineData(EditorSource.MicrosoftSignIn, false, true, true)]
    [InlineData(EditorSource.MicrosoftSignIn, true, false, false)]
    [InlineData(EditorSource.BearerToken, true, true, false)]
    public void A_session_counts_only_while_its_sign_in_is_on(EditorSource source, bool devSignIn, bool entra, bool accepted)
    {
        var settings = new EditorOptions { DevSignIn = devSignIn, TenantId = entra ? "t" : null, ClientId = entra ? "c" : null };

        Assert.Equal(accepted, EditorGate.SessionAccepted(source, settings));
    }

    [Fact]
    public void The_redirect_uri_is_on_the_public_base_url_or_else_on_the_request_host()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1", 7071);

        Assert.Equal("https://news.example/editor/signed-in", MicrosoftSignIn.CallbackUri(new Uri("https://news.example/"), request).AbsoluteUri);
        Assert.Equal("http://127.0.0.1:7071/editor/signed-in", MicrosoftSignIn.CallbackUri(null, request).AbsoluteUri);
    }
}

namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Security;
using NewsAlerts.Pages.Forms;
using NewsAlerts.Testing;

public sealed class Form_tokens_are_bound_to_their_form_subject_and_time
{
    private readonly ShiftedClock clock = new();
    private readonly FormTokens forms;

    public Form_tokens_are_bound_to_their_form_subject_and_time() =>
        forms = new FormTokens(new TokenSigner(new byte[32].Select((_, i) => (byte)i).ToArray(), clock));

    [Fact]
    public void A_token_verifies_for_its_own_form_and_subject_only()
    {
        var token = forms.Issue("manage", "s1");

        Assert.True(forms.Verify(token, "manage", "s1"));
        Assert.False(forms.Verify(token, "manage", "s2"));
        Assert.False(forms.Verify(token, "confirm", "s1"));
        Assert.False(forms.Verify(token + "x", "manage", "s1"));
        Assert.False(forms.Verify(null, "manage", "s1"));
    }

    [Theory]
    [InlineData("a|b")]
    [InlineData("a%7Cb")]
    [InlineData("a:b|c|d")]
    public void A_subject_from_a_request_with_separators_gets_a_token_bound_to_it_exactly(string subject)
    {
        var token = forms.Issue("confirm", subject);

        Assert.True(forms.Verify(token, "confirm", subject));
        Assert.False(forms.Verify(token, "confirm", "a"));
        Assert.False(forms.Verify(token, "confirm", subject + "|x"));
    }

    [Fact]
    public void A_token_expires_after_its_lifetime()
    {
        var token = forms.Issue("signup", FormTokens.Anyone);

        clock.Offset = FormTokens.Lifetime + TimeSpan.FromSeconds(1);

        Assert.False(forms.Verify(token, "signup", FormTokens.Anyone));
    }

    [Fact]
    public void A_manage_link_token_is_not_a_form_token()
    {
        var signer = new TokenSigner(new byte[32].Select((_, i) => (byte)i).ToArray(), clock);

        Assert.False(forms.Verify(signer.Issue(TokenPurpose.Manage, "manage:s1", TimeSpan.FromDays(1)), "manage", "s1"));
    }
}

namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Review r41: the "get a link to my preferences" form read its address with <see cref="ContactValidation.Email"/>
/// without the free-text check sign-up and contact changes use. The check now lives in
/// <see cref="ContactValidation"/>, so every caller reads an address alike: a reordering control is refused on the
/// field, invisible word-breakers are removed and the address is asked for as it reads.
/// </summary>
public sealed class The_manage_link_form_reads_an_address_with_the_free_text_check
{
    private static readonly TextablePhones Phones = new(["GB"]);

    [Theory]
    [InlineData("ana@exa\u202emple.org")]
    [InlineData("\u202dana@example.org")]
    [InlineData("ana@example.org\u2066")]
    public void An_address_with_a_reordering_control_is_refused_on_the_email_field(string typed)
    {
        using var scope = new Languages.PageLanguageScope("en");

        var form = ManageLinkForm.Read(typed, string.Empty, Phones);

        Assert.Equal("email", Assert.Single(form.Errors).Field);
        Assert.Empty(form.Contacts);
    }

    [Theory]
    [InlineData("\u200bana@example.org")]
    [InlineData("ana@exam\u200bple.org")]
    [InlineData("ana@example.org\ufeff")]
    [InlineData("a\u00adna@exam\u2060ple.org")]
    public void Invisible_word_breakers_are_removed_before_the_address_is_asked_for(string typed)
    {
        var form = ManageLinkForm.Read(typed, string.Empty, Phones);

        Assert.Empty(form.Errors);
        Assert.Equal(["ana@example.org"], form.Contacts);
    }

    [Fact]
    public void A_number_with_a_reordering_control_is_refused_on_the_phone_field()
    {
        using var scope = new Languages.PageLanguageScope("en");

        var form = ManageLinkForm.Read(string.Empty, "+44 7400\u202e 123456", Phones);

        Assert.Equal("phone", Assert.Single(form.Errors).Field);
    }

    // Every caller gets it from ContactValidation itself, not from each form.
    [Theory]
    [InlineData("ana@exa\u202emple.org", "U+202E")]
    [InlineData("ana\u0000@example.org", "U+0000")]
    public void The_address_check_itself_refuses_a_hidden_character_by_its_code(string typed, string named) =>
        Assert.Contains(named, ContactValidation.Email(typed).Reason, StringComparison.Ordinal);

    // Found by the page wording check: "is longer than 32 characters, and it contains U+000A…" had no words on a page.
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void A_number_with_two_faults_is_told_its_first_in_the_pages_language(string language)
    {
        using var scope = new Languages.PageLanguageScope(language);
        var typed = string.Join("\n", Enumerable.Repeat("7", 40));

        var reason = new TextablePhones(["GB"]).Check(typed).Reason;
        var form = ManageLinkForm.Read(string.Empty, typed, Phones);

        Assert.Equal($"is longer than {ContactValidation.MaxTypedPhoneLength} characters", reason);
        Assert.DoesNotContain(NewsAlerts.Pages.PageStrings.ReasonOther, Assert.Single(form.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_number_check_itself_removes_a_word_breaker() =>
        Assert.Equal("+447400123456", ContactValidation.Phone("\u200b+44 7400 123456").E164);
}

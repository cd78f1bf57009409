namespace NewsAlerts.Core.Tests.Editor;

using NewsAlerts.Core.Editor;

/// <summary>Trial r37: the desk language the console's publish form starts on is one the form lists, or English.</summary>
public sealed class The_desk_language_is_one_the_form_offers
{
    [Theory]
    [InlineData(null, "en")]
    [InlineData("fr", "fr")]
    [InlineData("ar", "ar")]
    [InlineData("xx", "en")]
    [InlineData("FR", "en")]
    public void The_form_starts_on_a_stored_offered_language_or_english(string? stored, string starts) =>
        Assert.Equal(starts, DeskLanguage.Of(stored));

    [Theory]
    [InlineData("fr", "fr", null)]
    [InlineData(" de ", "de", null)]
    [InlineData("", null, "missing")]
    [InlineData(null, null, "missing")]
    [InlineData("fr-CA", null, "not offered")]
    [InlineData("<script>", null, "not offered")]
    public void A_posted_choice_is_stored_only_when_it_is_one_of_the_options(string? posted, string? stored, string? refused) =>
        Assert.Equal((stored, refused), DeskLanguage.Check(posted));
}

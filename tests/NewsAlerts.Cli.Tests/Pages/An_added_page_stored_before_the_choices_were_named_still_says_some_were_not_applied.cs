namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Confirm;

/// <summary>
/// Why <see cref="PageStrings.TopicsAddedSettingsKept"/> stays in the catalogs: a sign-up stored before the choices not
/// applied were kept (its <see cref="TopicsAdded.NotApplied"/> null, <see cref="TopicsAdded.SettingsKept"/> true) still
/// reads "some choices were not applied" on its "Added" page; one stored since names exactly which (or says nothing).
/// </summary>
public sealed class An_added_page_stored_before_the_choices_were_named_still_says_some_were_not_applied
{
    [Fact]
    public void An_old_row_with_settings_kept_gets_the_general_sentence_and_one_without_gets_none()
    {
        Assert.Equal(PageStrings.TopicsAddedSettingsKept, ChoicesNotAppliedWords.Sentence(new TopicsAdded("s1", [], SettingsKept: true)));
        Assert.Null(ChoicesNotAppliedWords.Sentence(new TopicsAdded("s1", [])));
    }

    [Fact]
    public void A_row_stored_since_names_its_choices_or_says_nothing()
    {
        Assert.Null(ChoicesNotAppliedWords.Sentence(TopicsAdded.Of("s1", [], [])));
        var named = ChoicesNotAppliedWords.Sentence(TopicsAdded.Of("s1", [], [SignUpChoice.TimeZone]));
        Assert.NotNull(named);
        Assert.Contains(PageStrings.ChoiceTimeZone, named, StringComparison.Ordinal);
        Assert.NotEqual(PageStrings.TopicsAddedSettingsKept, named);
    }
}

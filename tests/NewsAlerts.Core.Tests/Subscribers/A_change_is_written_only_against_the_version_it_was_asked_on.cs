namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.Subscribers;

public sealed class A_change_is_written_only_against_the_version_it_was_asked_on
{
    // A Table row's ETag as the store hands it out: weak-looking, so it cannot be an If-Match value as it is.
    private const string Stored = "W/\"datetime'2026-11-30T19%3A00%3A00.1234567Z'\"";
    private const string Newer = "W/\"datetime'2026-11-30T19%3A05%3A00.7654321Z'\"";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("*")]
    public void Without_a_condition_or_with_any_the_change_is_written(string? expected) =>
        Assert.True(SubscriberVersions.Allows(expected, Stored));

    [Fact]
    public void The_tag_of_the_stored_version_allows_the_change_and_an_older_tag_does_not()
    {
        var tag = SubscriberVersions.TagOf(Stored);

        Assert.True(SubscriberVersions.Allows(tag, Stored));
        Assert.False(SubscriberVersions.Allows(tag, Newer));
    }

    [Fact]
    public void A_list_allows_the_change_when_one_of_its_tags_is_current() =>
        Assert.True(SubscriberVersions.Allows($"{SubscriberVersions.TagOf(Stored)}, {SubscriberVersions.TagOf(Newer)}", Newer));

    [Fact]
    public void A_weak_tag_or_the_raw_store_version_never_allows_the_change()
    {
        Assert.False(SubscriberVersions.Allows("W/" + SubscriberVersions.TagOf(Stored), Stored));
        Assert.False(SubscriberVersions.Allows(Stored, Stored));
        Assert.False(SubscriberVersions.Allows(SubscriberVersions.TagOf(Stored).Trim('"'), Stored));
    }

    [Fact]
    public void A_form_without_a_version_matches_no_version()
    {
        Assert.False(SubscriberVersions.Allows(SubscriberVersions.Missing, Stored));
        Assert.False(SubscriberVersions.Allows(SubscriberVersions.Missing, string.Empty));
    }

    [Fact]
    public void The_tag_is_a_quoted_strong_entity_tag_stable_for_a_version_and_different_for_another()
    {
        var tag = SubscriberVersions.TagOf(Stored);

        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", tag);
        Assert.Equal(tag, SubscriberVersions.TagOf(Stored));
        Assert.NotEqual(tag, SubscriberVersions.TagOf(Newer));
    }
}

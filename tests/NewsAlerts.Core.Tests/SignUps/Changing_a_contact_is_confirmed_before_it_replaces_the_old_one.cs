namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

public sealed class Changing_a_contact_is_confirmed_before_it_replaces_the_old_one
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static Subscriber Ann(ContactStatus smsStatus = ContactStatus.Confirmed) =>
        new("s1", "ann@example.com", ContactStatus.Confirmed, "+447700900123", smsStatus, "Europe/London", [], 2, Now);

    // Session 42 (B): the pages of a link to the subscriber's own address (unsubscribed, asked for again) say the alerts
    // start again, not that an address changes; the sign-up keeps which it is, so no page reads the subscriber for it.
    [Theory]
    [InlineData("ann@example.com", ContactStatus.OptedOut, true)]
    [InlineData("ann@EXAMPLE.com", ContactStatus.OptedOut, true)]
    [InlineData("ann@example.com", ContactStatus.Disabled, true)]
    [InlineData("ann@example.com", ContactStatus.Pending, false)]
    [InlineData("ann@example.org", ContactStatus.OptedOut, false)]
    public void The_change_knows_whether_the_address_comes_back(string address, ContactStatus emailStatus, bool comesBack) =>
        Assert.Equal(comesBack, ContactChanges.With(Ann() with { EmailStatus = emailStatus }, "ms1", null, Channel.Email, address, Now).ComesBack);

    [Fact]
    public void A_number_change_beside_no_address_does_not_come_back() =>
        Assert.False(ContactChanges.With(Ann(), "ms1", null, Channel.Sms, "+447700900456", Now).ComesBack);

    [Fact]
    public void A_new_address_gets_a_confirmation() =>
        Assert.Equal(ContactChangeKind.Confirm, ContactChanges.Decide(Ann(), Channel.Email, "ann@example.org", suppressed: false));

    [Fact]
    public void A_suppressed_address_gets_one_too_as_confirming_it_lifts_the_suppression() =>
        Assert.Equal(ContactChangeKind.Confirm, ContactChanges.Decide(Ann(), Channel.Email, "ann@example.org", suppressed: true));

    [Fact]
    public void The_confirmed_address_it_has_changes_nothing_whatever_the_case_of_its_domain() =>
        Assert.Equal(ContactChangeKind.Unchanged, ContactChanges.Decide(Ann(), Channel.Email, "ann@EXAMPLE.com", suppressed: false));

    // Issue 16: a manage link must not tell its holder which strangers' numbers replied STOP; the code is withheld instead.
    [Fact]
    public void Another_number_that_replied_stop_is_answered_as_any_number() =>
        Assert.Equal(ContactChangeKind.Confirm, ContactChanges.Decide(Ann(), Channel.Sms, "+447700900456", suppressed: true));

    [Fact]
    public void Its_own_number_that_replied_stop_needs_start() =>
        Assert.Equal(ContactChangeKind.NumberStopped, ContactChanges.Decide(Ann(), Channel.Sms, "+447700900123", suppressed: true));

    [Fact]
    public void A_number_for_a_subscriber_without_one_that_replied_stop_is_answered_as_any_number() =>
        Assert.Equal(ContactChangeKind.Confirm, ContactChanges.Decide(Ann() with { Phone = null, SmsStatus = ContactStatus.None }, Channel.Sms, "+447700900456", suppressed: true));

    [Fact]
    public void Its_own_number_opted_out_needs_start_too() =>
        Assert.Equal(ContactChangeKind.NumberStopped, ContactChanges.Decide(Ann(ContactStatus.OptedOut), Channel.Sms, "+447700900123", suppressed: false));

    [Fact]
    public void Its_own_number_still_pending_is_confirmed_again() =>
        Assert.Equal(ContactChangeKind.Confirm, ContactChanges.Decide(Ann(ContactStatus.Pending), Channel.Sms, "+447700900123", suppressed: false));

    [Fact]
    public void A_number_for_a_subscriber_without_one_is_added_after_its_code() =>
        Assert.Equal(ContactChangeKind.Confirm, ContactChanges.Decide(Ann() with { Phone = null, SmsStatus = ContactStatus.None }, Channel.Sms, "+447700900456", suppressed: false));

    [Fact]
    public void A_change_keeps_the_other_channels_pending_change_and_its_code()
    {
        var phoneChange = ContactChanges.With(Ann(), "ms1", null, Channel.Sms, "+447700900456", Now) with
        {
            Pending = new PendingConfirmations(null, "hash", Now.AddMinutes(15), 1),
        };

        var both = ContactChanges.With(Ann(), "ms1", phoneChange, Channel.Email, "ann@example.org", Now);

        Assert.Equal(("ann@example.org", "+447700900456"), ContactChanges.Pending(Ann(), both));
        Assert.Equal(("hash", 1), (both.Pending.SmsCodeHash, both.Pending.SmsCodeAttempts));
        Assert.True(both.Replaces);
        Assert.Equal("s1", both.SubscriberId);
    }

    [Fact]
    public void Cancelling_one_channel_leaves_the_other()
    {
        var both = ContactChanges.With(Ann(), "ms1", ContactChanges.With(Ann(), "ms1", null, Channel.Sms, "+447700900456", Now), Channel.Email, "ann@example.org", Now);

        var cancelled = ContactChanges.With(Ann(), "ms1", both, Channel.Sms, null, Now);

        Assert.Equal(("ann@example.org", (string?)null), ContactChanges.Pending(Ann(), cancelled));
    }

    [Fact]
    public void A_confirmed_change_or_a_plain_resend_is_not_pending()
    {
        var change = ContactChanges.With(Ann(), "ms1", null, Channel.Email, "ann@example.org", Now);
        var resend = change with { Replaces = false };

        Assert.Equal(((string?)null, (string?)null), ContactChanges.Pending(Ann(), change with { EmailConfirmed = true }));
        Assert.Equal(((string?)null, (string?)null), ContactChanges.Pending(Ann(), resend));
        Assert.Equal(((string?)null, (string?)null), ContactChanges.Pending(Ann(), null));
    }

    [Theory]
    [InlineData("ann@example.org", "ann@example.org")]
    [InlineData(" ann@EXAMPLE.org ", "ann@example.org")]
    public void An_address_is_read_as_at_sign_up(string text, string expected) =>
        Assert.Equal((expected, (string?)null), ContactChanges.Normalise(Channel.Email, text, new TextablePhones(["GB"])));

    [Theory]
    [InlineData("")]
    [InlineData("\"><script>alert(1)</script>")]
    [InlineData("ann@localhost")]
    [InlineData("Ann <ann@example.org>")]
    public void A_hostile_or_invalid_address_has_a_reason(string text)
    {
        var (contact, reason) = ContactChanges.Normalise(Channel.Email, text, new TextablePhones(["GB"]));

        Assert.Null(contact);
        Assert.NotNull(reason);
    }

    [Theory]
    [InlineData("+44 7400 123456", "+447400123456", null)]
    [InlineData("07400 123456", "+447400123456", null)]
    [InlineData("+44 20 7946 0000", null, "cannot receive texts")]
    public void A_number_is_read_in_E164_and_must_take_texts(string text, string? expected, string? reason)
    {
        var (contact, why) = ContactChanges.Normalise(Channel.Sms, text, new TextablePhones(["GB"]));

        Assert.Equal(expected, contact);
        Assert.True(reason is null ? why is null : why!.Contains(reason, StringComparison.Ordinal), why);
    }

    // Trial r40 #3 and #4: the change took what sign-up refuses or cleans. Every way to change a contact (the API's
    // PATCH and the preference centre's form) reads it with the one free-text check sign-up's fields pass.
    [Theory]
    [InlineData("marie4@exa\u202emple.fr", "U+202E")]
    [InlineData("\u202dann@example.org", "U+202D")]
    [InlineData("ann@example.org\u2066", "U+2066")]
    [InlineData("ann\u0000@example.org", "U+0000")]
    [InlineData("ann\ue000@example.org", "U+E000")]
    public void An_address_with_a_character_that_can_reorder_or_hide_text_is_refused_by_its_code(string text, string named)
    {
        var (contact, reason) = ContactChanges.Normalise(Channel.Email, text, new TextablePhones(["GB"]));

        Assert.Null(contact);
        Assert.Contains(named, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u200bmarie2@example.fr", "marie2@example.fr")]
    [InlineData("mar\u200bie3@example.fr", "marie3@example.fr")]
    [InlineData("ann@example.org\ufeff", "ann@example.org")]
    [InlineData("an\u00adn@exam\u2060ple.org", "ann@example.org")]
    public void Invisible_word_breakers_are_removed_from_an_address_as_at_sign_up(string text, string expected) =>
        Assert.Equal((expected, (string?)null), ContactChanges.Normalise(Channel.Email, text, new TextablePhones(["GB"])));

    [Theory]
    [InlineData("\u200b+44 7400 123456")]
    [InlineData("+44 7400\u200b 123456\u200b")]
    [InlineData("\ufeff07400 123456")]
    public void Invisible_word_breakers_are_removed_from_a_number_as_at_sign_up(string text) =>
        Assert.Equal(("+447400123456", (string?)null), ContactChanges.Normalise(Channel.Sms, text, new TextablePhones(["GB"])));

    [Fact]
    public void A_number_with_a_reordering_control_is_refused_by_its_code()
    {
        var (contact, reason) = ContactChanges.Normalise(Channel.Sms, "+44 7400\u202e 123456", new TextablePhones(["GB"]));

        Assert.Null(contact);
        Assert.Contains("U+202E", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_only_invisible_characters_is_required()
    {
        Assert.Equal("is required", ContactChanges.Normalise(Channel.Email, "\u200b\u2060", new TextablePhones(["GB"])).Reason);
    }

    [Fact]
    public void An_overlong_value_is_refused_before_it_is_parsed() =>
        Assert.Equal("is longer than 32 characters", ContactChanges.Normalise(Channel.Sms, "+" + new string('4', 40), new TextablePhones(["GB"])).Reason);

    [Fact]
    public void A_patch_body_splits_into_the_new_contacts_and_the_settings()
    {
        using var body = System.Text.Json.JsonDocument.Parse("""{"email": "Ann@Example.ORG", "phone": "+44 7400 123456", "timeZone": "Asia/Tokyo"}""");

        var parsed = ContactChangeRequest.Parse(body.RootElement, new TextablePhones(["GB"]));

        Assert.Equal(("Ann@example.org", "+447400123456"), (parsed.Email, parsed.Phone));
        Assert.Equal("""{"timeZone":"Asia/Tokyo"}""", parsed.Settings!.Value.GetRawText());
        Assert.Empty(parsed.Errors);
    }

    [Fact]
    public void A_patch_body_names_each_bad_contact_field()
    {
        using var body = System.Text.Json.JsonDocument.Parse("""{"email": "<img src=x onerror=alert(1)>", "phone": null}""");

        var parsed = ContactChangeRequest.Parse(body.RootElement, new TextablePhones(["GB"]));

        Assert.Equal(["email", "phone"], parsed.Errors.Select(e => e.Field));
        Assert.Null(parsed.Settings);
    }

    [Fact]
    public void A_body_without_contacts_is_all_settings()
    {
        using var body = System.Text.Json.JsonDocument.Parse("""{"timeZone": "Asia/Tokyo"}""");

        var parsed = ContactChangeRequest.Parse(body.RootElement, new TextablePhones(["GB"]));

        Assert.Equal((null, null, "Asia/Tokyo"), (parsed.Email, parsed.Phone, parsed.Settings!.Value.GetProperty("timeZone").GetString()));
    }
}


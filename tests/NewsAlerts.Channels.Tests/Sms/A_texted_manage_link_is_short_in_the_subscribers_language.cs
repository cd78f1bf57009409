namespace NewsAlerts.Channels.Tests.Sms;

using System.Security.Cryptography;
using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;

/// <summary>
/// Issue 16: a person with a number only asks for their manage link by number. The text carries the link as issued
/// (a year's manage token, ULID subscriber id) in the subscriber's language: GSM-7 in every Latin-script language, two
/// segments at most; Arabic as UCS-2 (no GSM-7 alphabet for it), the link isolated left to right. The link comes out
/// of the text whole, as a phone would make it a link.
/// </summary>
public sealed class A_texted_manage_link_is_short_in_the_subscribers_language
{
    private static readonly AlertLinks Links = new(
        new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System));

    public static TheoryData<string> Languages() => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Latin_script_languages_go_as_GSM_7_in_two_segments_at_most_and_the_link_is_whole(string language)
    {
        var id = SignUpIdLike();
        var link = Links.Manage(id, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System).Issue(TokenPurpose.Manage, id, SubscriberService.ManageTokenLifetime));

        var body = ManageLinkSms.Of(link, language);

        Assert.Equal(GsmAlphabet.Measure(body.Text), body.Measure);
        Assert.StartsWith(ManageLinkSms.ServiceName, body.Text, StringComparison.Ordinal);
        Assert.Contains(link.AbsoluteUri, body.Text, StringComparison.Ordinal);
        if (language == "ar")
        {
            Assert.Equal(SmsEncoding.Ucs2, body.Measure.Encoding);
            Assert.Contains($"\u2066{link.AbsoluteUri}\u2069", body.Text, StringComparison.Ordinal);
            Assert.True(body.Measure.Segments <= 4, $"{body.Measure.Segments} segments for '{body.Text}'");
        }
        else
        {
            Assert.Equal(SmsEncoding.Gsm7, body.Measure.Encoding);
            Assert.True(body.Measure.Segments <= 2, $"{language}: {body.Measure.Segments} segments for '{body.Text}'");
        }
    }

    [Fact]
    public void It_reads_in_the_subscribers_language_and_in_English_when_none_is_known()
    {
        var link = new Uri("https://alerts.example.com/manage?token=abc.def");

        Assert.Equal("NewsAlerts: the link to your alert settings you asked for: https://alerts.example.com/manage?token=abc.def", ManageLinkSms.Of(link, null).Text);
        Assert.Equal(GsmTransliterator.Transliterate("NewsAlerts : le lien vers vos réglages d'alertes demandé : https://alerts.example.com/manage?token=abc.def"), ManageLinkSms.Of(link, "fr").Text);
        Assert.StartsWith("NewsAlerts: der angeforderte Link", ManageLinkSms.Of(link, "de").Text, StringComparison.Ordinal);
    }

    // A subscriber id as the service issues them.
    private static string SignUpIdLike() => NewsAlerts.Core.Identity.SortableId.New(DateTimeOffset.UtcNow);
}

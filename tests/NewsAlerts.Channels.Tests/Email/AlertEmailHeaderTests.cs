namespace NewsAlerts.Channels.Tests.Email;

using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Tests.Support;

/// <summary>
/// The headers of an alert as they go over the wire: <c>Date:</c> is when the message was composed, and a subject in
/// any script is sent as RFC 2047 encoded words of at most 75 characters that decode to the headline.
/// </summary>
public sealed partial class AlertEmailHeaderTests
{
    private static readonly MailboxAddress From = new("NewsAlerts", "alerts@newsalerts.test");
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 15, 0, TimeSpan.Zero);

    public static TheoryData<string> Headlines() =>
    [
        "Ceasefire agreed in Syria after talks in Geneva",
        "İstanbul'da ateşkes görüşmesi başladı, Diyarbakır sakin; Erdoğan ve Kılıçdaroğlu açıklama yapmadı, gözler Ankara'da",
        "Президент заявил о прекращении огня в регионе после долгих переговоров в Женеве и Стамбуле",
        "叙利亚停火协议在日内瓦谈判后达成，各方同意在阿勒颇延长停火期限并开放人道主义走廊",
        "停戦合意　シリア北部アレッポで人道回廊を開設へ　ジュネーブ協議で各派が同意、延長も検討",
        "وقف إطلاق النار في سوريا بعد محادثات جنيف الطويلة بين الأطراف المتحاربة في حلب",
        "Ceasefire 🕊️ holds in Aleppo 🇸🇾 as talks resume — families 👨‍👩‍👧‍👦 return home 🏠 after weeks",
        "Ελλάδα: Συμφωνία εκεχειρίας μετά από μακρές συνομιλίες στη Γενεύη για τη Συρία και το Χαλέπι",
        "Zürich, Málaga, Kraków, Łódź, Ørsted and Þórshöfn: Europe's ß-towns ﬁnd ﬂair — “quotes” and ‘more’…",
        "A\u00a0headline with\u2009odd\u200bspaces and a very long tail that goes on and on and on and on past one line",
        new string('é', 200),
        "𝐁𝐨𝐥𝐝 𝐦𝐚𝐭𝐡 letters 𠜎𠜱𠝹𠱓 (astral CJK) and a soft\u00adhyphen",
    ];

    [Theory]
    [MemberData(nameof(Headlines))]
    public void Encoded_words_stay_within_75_characters_and_decode_to_the_headline(string headline)
    {
        foreach (var urgency in new[] { 1, 5 })
        {
            var content = Alerts.Content(headline, urgency);
            var message = AlertEmailComposer.Compose(Alerts.Email("r@example.test", content), From, Now);
            var wire = Wire(message);
            var subjectLines = SubjectHeader(wire);

            foreach (Match word in EncodedWord().Matches(subjectLines))
            {
                Assert.True(word.Length <= 75, $"encoded word of {word.Length} characters: {word.Value}");
            }

            Assert.All(subjectLines.Split("\r\n"), line => Assert.True(line.Length <= 78, $"header line of {line.Length} characters"));
            var parsed = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(wire)));
            Assert.Equal(AlertEmailComposer.Subject(content), parsed.Subject);
            Assert.EndsWith(headline.Normalize(), parsed.Subject!.Normalize(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Talks resume\r\nin Geneva", "Talks resume in Geneva")]
    [InlineData("Talks resume \n in Geneva", "Talks resume in Geneva")]
    [InlineData("Talks\u2028resume", "Talks resume")]
    public void Line_breaks_in_a_headline_become_one_space(string headline, string subject)
    {
        var message = AlertEmailComposer.Compose(Alerts.Email("r@example.test", Alerts.Content(headline, urgency: 5)), From, Now);

        var parsed = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Wire(message))));
        Assert.Equal(subject, parsed.Subject);
    }

    [Theory]
    [InlineData(2016, 5, 3)]
    [InlineData(2026, 11, 30)]
    [InlineData(2999, 1, 1)]
    public void Date_is_when_the_message_is_composed_not_when_the_article_was_published(int year, int month, int day)
    {
        var content = Alerts.Content() with { PublishedAt = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero) };

        var message = AlertEmailComposer.Compose(Alerts.Email("r@example.test", content), From, Now);

        Assert.Equal(Now, message.Date);
        var parsed = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Wire(message))));
        Assert.Equal(Now, parsed.Date);
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), message.TextBody, StringComparison.Ordinal);
    }

    private static string Wire(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // The Subject header with its folded continuation lines.
    private static string SubjectHeader(string wire)
    {
        var match = Regex.Match(wire, "^Subject:.*(\r\n[ \t].*)*", RegexOptions.Multiline);
        Assert.True(match.Success, "no Subject header");
        return match.Value.TrimEnd('\r');
    }

    [GeneratedRegex(@"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")]
    private static partial Regex EncodedWord();
}

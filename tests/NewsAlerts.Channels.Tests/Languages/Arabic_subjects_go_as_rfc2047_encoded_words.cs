namespace NewsAlerts.Channels.Tests.Languages;

using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Channels.Email;
using NewsAlerts.Core.Texts;

public sealed partial class Arabic_subjects_go_as_rfc2047_encoded_words
{
    public static TheoryData<string> Subjects() =>
    [
        "أكّد اشتراكك في NewsAlerts",
        "عاجل: " + string.Concat(Enumerable.Repeat("وقف إطلاق النار في غزة بعد محادثات طويلة ", 4)).Trim(),
        "ملخص أخبارك: 11 خبرًا",
        "Urgent\u00a0: Cessez-le-feu à Gaza après des négociations",
    ];

    [Theory]
    [MemberData(nameof(Subjects))]
    public void The_subject_is_encoded_words_of_at_most_75_characters_on_lines_of_at_most_76_and_reads_back_whole(string subject)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("NewsAlerts", "alerts@newsalerts.test"));
        message.To.Add(new MailboxAddress(null, "r@example.test"));
        message.Body = new TextPart("plain") { Text = "x" };

        EmailHeaders.Write(message, subject, new MessageLocale("ar", null));

        var raw = Serialize(message);
        var header = SubjectHeader().Match(raw).Value;
        Assert.True(header.Length > 0, raw);
        Assert.True(header.All(c => c < 128), "the header is 7-bit ASCII");
        var lines = header.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(l.Length <= 76, l));
        Assert.All(EncodedWord().Matches(header), w => Assert.True(w.Value.Length <= 75, w.Value));
        Assert.NotEmpty(EncodedWord().Matches(header));
        Assert.Equal(subject, Reparse(raw).Subject);
        // A reader files the Content-* headers of a single-part message with its body entity.
        Assert.Contains("\r\nContent-Language: ar\r\n", raw, StringComparison.Ordinal);
        Assert.Equal("ar", Reparse(raw).Body!.Headers[HeaderId.ContentLanguage]);
    }

    [Fact]
    public async Task The_arabic_confirmation_subject_reads_back_from_the_wire()
    {
        var email = await AccountEmails.ConfirmationAsync(new Uri("https://alerts.example/confirm?signUp=s"), new MessageLocale("ar", null));
        var message = Account_emails_are_written_in_the_subscribers_language.Message(email);
        message.From.Add(new MailboxAddress("NewsAlerts", "alerts@newsalerts.test"));
        message.To.Add(new MailboxAddress(null, "r@example.test"));

        var raw = Serialize(message);

        Assert.Contains("=?utf-8?b?", raw, StringComparison.Ordinal);
        Assert.Equal("أكّد اشتراكك في NewsAlerts", Reparse(raw).Subject);
    }

    private static string Serialize(MimeMessage message)
    {
        using var stream = new MemoryStream();
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        message.WriteTo(options, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static MimeMessage Reparse(string raw) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));

    // "Subject:" and its folded continuation lines.
    [GeneratedRegex(@"^Subject:.*\r\n(?:[ \t].*\r\n)*", RegexOptions.Multiline)]
    private static partial Regex SubjectHeader();

    [GeneratedRegex(@"=\?[^?]+\?[bBqQ]\?[^?]*\?=")]
    private static partial Regex EncodedWord();
}

namespace NewsAlerts.Channels.Tests.Fuzzing;

using System.Text;
using CsCheck;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Testing;

/// <summary>
/// The SMS text composer under generated headlines (GSM-7 and its extension table, emoji, combining marks, control
/// characters, very long text) and links: it never throws or hangs, its measure is the text's, the first message
/// carries the opt-out wording, a short link keeps the text within two segments, and it never splits a surrogate pair.
/// <c>NEWSALERTS_FUZZ_CASES</c> sets the count (CI: 50,000).
/// </summary>
public sealed class SmsTextFuzzTests
{
    private static readonly Gen<string> Headline = Gen.Frequency(
        (6, Gen.OneOf("Syria", "truce", "talks", " ", "  ", "\n", "\r\n", "\t", "€", "{", "}", "[", "]", "~", "^", "|", "\\", "é", "ü", "Ç",
            "“", "”", "’", "–", "—", "…", "😀", "👍🏽", "\u0301", "\u200B", "\u00A0", "\uFEFF", "\u0000", "\u001B", "中文", "ÆØÅ", "ß",
            "a-very-long-word-without-any-spaces-at-all-to-cut").Array[0, 60].Select(parts => string.Concat(parts))),
        (1, Gen.String[0, 400].Select(Clean)),
        (1, Gen.Int[150, 3000].Select(n => new string('x', n))));

    private static readonly Gen<Uri?> Link = Gen.Frequency(
        (1, Gen.Bool.Select(_ => (Uri?)null)),
        (4, Gen.String[1, 16].Select(code => (Uri?)new Uri("https://news.example/api/a/" + Uri.EscapeDataString(Clean(code))))),
        (1, Gen.Int[0, 300].Select(n => (Uri?)new Uri("https://news.example/" + new string('p', n)))));

    private static readonly Gen<(string Headline, int Urgency, Uri? Link, bool First)> Alert =
        Gen.Select(Headline, Gen.Int[1, 9], Link, Gen.Bool);

    [Fact]
    public void Any_headline_and_link_compose_to_a_measured_text_and_never_throw_or_hang()
    {
        using var watch = new HangWatch(TimeSpan.FromSeconds(30));
        Alert.Sample(alert => watch.Run(alert, a =>
        {
            var content = new AlertContent("urn:x", "1", a.Headline, "summary", null, "Reuters", a.Urgency, DateTimeOffset.UnixEpoch);

            var body = SmsText.Compose(content, a.Link, a.First);

            Assert.Equal(GsmAlphabet.Measure(body.Text), body.Measure);
            Assert.Equal(a.First, body.Text.EndsWith(SmsText.OptOutWording, StringComparison.Ordinal));
            Assert.False(HasLoneSurrogate(body.Text), $"a surrogate pair was split: {body.Text}");
            if (a.Link is null || a.Link.AbsoluteUri.Length <= 60)
            {
                Assert.True(body.Measure.Segments <= 2, $"{body.Measure} for [{string.Join(' ', body.Text.Select(c => ((int)c).ToString("X4")))}]");
            }
        }), iter: FuzzCases.Count(50_000));
    }

    // Found by the fuzz run: a headline cut to exactly two UCS-2 segments made three when an emoji's surrogate pair fell
    // across the boundary (segments never split a pair). Every offset of the emoji against the boundary is tried here.
    [Fact]
    public void Emoji_across_a_segment_boundary_never_make_a_third_segment()
    {
        var link = new Uri("https://news.example/api/a/P3xAN%3C");
        for (var offset = 0; offset < 80; offset++)
        {
            var headline = new string('x', offset) + string.Concat(Enumerable.Repeat("\U0001F600", 80));
            var content = new AlertContent("urn:x", "1", headline, "summary", null, "Reuters", 1, DateTimeOffset.UnixEpoch);

            var body = SmsText.Compose(content, link, isFirstMessage: false);

            Assert.True(body.Measure.Segments <= 2, $"offset {offset}: {body.Measure}");
        }
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }
}

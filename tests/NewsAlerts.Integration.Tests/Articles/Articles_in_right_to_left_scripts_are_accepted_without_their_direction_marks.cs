namespace NewsAlerts.Integration.Tests.Articles;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Testing;

/// <summary>
/// Headlines and bodies pasted from newsroom systems in Arabic, Hebrew and Persian carry the direction marks LRM, RLM
/// and ALM; the article API once refused them. Through the API: such an article is accepted and stored without the
/// marks, Arabic number signs and the flag of England are kept, and the controls that can reorder text are refused
/// with a problem naming the field and the character.
/// </summary>
public sealed class Articles_in_right_to_left_scripts_are_accepted_without_their_direction_marks(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string England = "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F";
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    // "G20 summit in Riyadh 2025" with RLM after the Latin name and LRM around the year, as CMS copy carries them.
    [InlineData("ar", "قمة G20\u200F في الرياض \u200E2025\u200E", "قمة G20 في الرياض 2025",
        "افتتحت القمة\u200F في \u200E10:30\u200E صباحاً. الصفحة \u0603\u0661\u0662 من التقرير، والميزانية \u0600\u0665\u0660\u0660 مليون. إنجلترا " + England,
        "افتتحت القمة في 10:30 صباحاً. الصفحة \u0603\u0661\u0662 من التقرير، والميزانية \u0600\u0665\u0660\u0660 مليون. إنجلترا " + England)]
    // "Ceasefire for 48 hours" in Hebrew with RLM after the number.
    [InlineData("he", "הפסקת אש ל-48\u200F שעות", "הפסקת אש ל-48 שעות", "הצדדים הסכימו\u200F על הפסקת אש.", "הצדדים הסכימו על הפסקת אש.")]
    // Persian with ALM around Persian digits and a ZWNJ that spells the word (kept).
    [InlineData("fa", "آتش\u200Cبس \u061C۴۸\u061C ساعته", "آتش\u200Cبس ۴۸ ساعته", "طرفین با آتش\u200Cبس موافقت کردند\u061C.", "طرفین با آتش\u200Cبس موافقت کردند.")]
    public async Task An_article_with_direction_marks_is_accepted_and_stored_without_them(string language, string headline, string storedHeadline, string body, string storedBody)
    {
        var id = $"urn:test:rtl:{Guid.NewGuid():N}";

        using var response = await Api.PostJsonAsync(host.Client, "api/articles", Article(id, language, headline, body), TestFunctionHost.DefaultKey);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var stored = await host.Services.GetRequiredService<IArticleStore>().GetAsync(id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(storedHeadline, stored.Headline);
        Assert.Equal(storedBody, stored.Body);
        Assert.DoesNotContain(stored.Headline + stored.Body, c => c is '\u200E' or '\u200F' or '\u061C');
    }

    [Theory]
    [InlineData("headline", "قمة\u202E 2025", "U+202E")]
    [InlineData("headline", "\u2067הפסקת אש\u2069", "U+2067")]
    [InlineData("body_text", "الصفحة \u202B١٢", "U+202B")]
    [InlineData("body_text", "hidden\U000E0041\U000E0042 text", "U+E0041")]
    public async Task An_article_with_a_control_that_reorders_or_hides_text_is_refused_naming_the_field(string field, string text, string named)
    {
        var fields = new Dictionary<string, string> { ["headline"] = "قمة الرياض", ["body_text"] = "نص" };
        fields[field] = text;

        using var response = await Api.PostJsonAsync(host.Client, "api/articles", Article($"urn:test:rtl:{Guid.NewGuid():N}", "ar", fields["headline"], fields["body_text"]), TestFunctionHost.DefaultKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await Api.BodyAsync(response)).GetProperty("errors");
        var reason = errors.GetProperty(field)[0].GetString();
        Assert.Contains(named, reason, StringComparison.Ordinal);
    }

    private static Dictionary<string, object> Article(string id, string language, string headline, string body) => new()
    {
        ["uri"] = id,
        ["version"] = 1,
        ["versioncreated"] = "2025-11-30T08:00:00Z",
        ["language"] = language,
        ["urgency"] = 4,
        ["headline"] = headline,
        ["body_text"] = body,
    };
}

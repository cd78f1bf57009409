namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Issue 16: on the Arabic preference centre "+44 7400 333444" read "333444 7400 +44". Every number and address a page
/// shows inside right-to-left text is isolated left to right (<c>&lt;bdi dir="ltr"&gt;</c>); the page is rendered as the
/// Function App renders it and each value is looked for inside such an element.
/// </summary>
public sealed partial class Arabic_pages_keep_numbers_and_addresses_left_to_right : IAsyncDisposable
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Fact]
    public async Task The_preference_centre_isolates_the_address_the_number_ours_and_a_pending_one()
    {
        using var scope = new PageLanguageScope("ar");
        var subscriber = new Subscriber("s1", "reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.OptedOut, "Europe/London",
            [new Topic("t1", "Syria", false)], 2, Winter, Language: "ar");

        var html = await templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []),
            [nameof(ManagePage.Now)] = Winter,
            [nameof(ManagePage.OurNumber)] = "+447700900123",
            [nameof(ManagePage.PendingPhone)] = "+447400555666",
        });

        var isolated = Isolated().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value)).ToList();
        Assert.Contains("reader@example.com", isolated);
        Assert.Contains("+44 7400 333444", isolated);
        Assert.Contains("+44 7700 900123", isolated);
        Assert.Contains("+44 7400 555666", isolated);
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_is_escaped_inside_its_isolate_and_the_template_around_it_too()
    {
        var markup = LtrValues.Format("<b>{0}</b> & more", "<x>@example.com").Value;

        Assert.Equal("&lt;b&gt;<bdi dir=\"ltr\">&lt;x&gt;@example.com</bdi>&lt;/b&gt; &amp; more", markup);
        Assert.Equal("&lt;none&gt;", LtrValues.IsolatedOr(null, "<none>").Value);
    }

    [GeneratedRegex("<bdi dir=\"ltr\">(?<value>[^<]*)</bdi>")]
    private static partial Regex Isolated();
}

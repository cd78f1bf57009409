namespace NewsAlerts.EndToEnd.Tests.Harness;

using NewsAlerts.EndToEnd.Tests.Browser;
using Xunit.Sdk;

/// <summary>The axe check is only worth running if it fails on a page with a serious violation.</summary>
public sealed class The_accessibility_check_catches_what_it_must(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_form_field_without_a_label_and_an_unnamed_button_fail_with_their_rule_ids_and_nodes()
    {
        await using var context = await fixture.NewContextAsync(ScreenWidth.Phone);
        var page = await context.NewPageAsync();
        await page.SetContentAsync(
            "<!doctype html><html lang=\"en\"><head><title>Bad</title></head><body><main><h1>Bad</h1>" +
            "<form><input id=\"unlabelled\" type=\"text\"><button id=\"unnamed\"></button></form></main></body></html>");

        var failure = await Assert.ThrowsAsync<FailException>(() => Accessibility.AssertNoSeriousViolationsAsync(page, "a bad page"));

        Assert.Contains("- label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("- button-name (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#unlabelled", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_labelled_page_passes()
    {
        await using var context = await fixture.NewContextAsync(ScreenWidth.Desktop);
        var page = await context.NewPageAsync();
        await page.SetContentAsync(
            "<!doctype html><html lang=\"en\"><head><title>Good</title></head><body><main><h1>Good</h1>" +
            "<form><label for=\"e\">Email</label><input id=\"e\" type=\"email\"><button>Sign up</button></form></main></body></html>");

        await Accessibility.AssertNoSeriousViolationsAsync(page, "a good page");
    }
}

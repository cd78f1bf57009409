namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Testing;

/// <summary>
/// Links sent under a duplicate's id before <c>newsalerts migrate merge-duplicates</c> deleted it, through the local host
/// (Azurite) on an instance whose replicas refresh only every five minutes (a cold one): the one-click unsubscribe page and
/// its RFC 8058 POST, the manage link (read, change, resend) and DELETE all reach the survivor through the duplicate's
/// alias; once the survivor is erased they answer the friendly not-found.
/// </summary>
public sealed class Links_sent_to_a_merged_duplicate_reach_the_person(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() =>
        host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Alerts:IndexRefreshSeconds"] = "300" });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_old_unsubscribe_page_of_a_merged_duplicate_suppresses_every_address_of_the_person()
    {
        var (survivor, duplicate) = await MergedPersonAsync();
        var link = SentLinks.OldUnsubscribe(host, duplicate.Id);

        using var page = await host.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var submitted = await host.Client.PostAsync(link, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("no more email alerts", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertEveryAddressSuppressedAsync(survivor, duplicate);
    }

    [Fact]
    public async Task The_old_one_click_POST_of_a_merged_duplicate_suppresses_every_address_of_the_person()
    {
        var (survivor, duplicate) = await MergedPersonAsync();

        using var oneClick = await host.Client.PostAsync(SentLinks.OldUnsubscribe(host, duplicate.Id), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        await AssertEveryAddressSuppressedAsync(survivor, duplicate);
    }

    [Fact]
    public async Task The_old_manage_link_of_a_merged_duplicate_shows_changes_and_resends_for_the_survivor()
    {
        var (survivor, duplicate) = await MergedPersonAsync();
        var manage = SentLinks.OldManage(host, duplicate.Id);

        using var shown = await host.Client.GetAsync(manage);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        using (var view = JsonDocument.Parse(await shown.Content.ReadAsStringAsync()))
        {
            Assert.Equal(survivor.Id, view.RootElement.GetProperty("id").GetString());
        }

        using var patched = await host.Client.PatchAsync(manage, JsonContent.Create(new { timeZone = "Europe/Paris" }));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("Europe/Paris", (await Store.GetAsync(survivor.Id, CancellationToken.None))!.TimeZone);

        // Every contact of the person is confirmed: the resend is understood (409 nothing to confirm), not "not found".
        using var resend = await host.Client.PostAsync(new Uri($"api/subscribers/{duplicate.Id}/resend?token={Uri.EscapeDataString(ManageToken(duplicate.Id))}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, resend.StatusCode);
    }

    [Fact]
    public async Task DELETE_with_the_old_link_of_a_merged_duplicate_erases_the_person_and_the_alias()
    {
        var (survivor, duplicate) = await MergedPersonAsync();

        using var deleted = await host.Client.DeleteAsync(SentLinks.OldManage(host, duplicate.Id));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Null(await Store.GetAsync(survivor.Id, CancellationToken.None));
        Assert.Null(await Store.FindAliasAsync(duplicate.Id, CancellationToken.None));
        Assert.Null(await Store.FindIdByEmailAsync(survivor.Email!, CancellationToken.None));
        Assert.Null(await Store.FindIdByEmailAsync(duplicate.Email!, CancellationToken.None));
        Assert.Null(await Store.FindIdByPhoneAsync(survivor.Phone!, CancellationToken.None));
    }

    [Fact]
    public async Task An_alias_to_a_survivor_erased_since_answers_the_friendly_not_found()
    {
        // Erased with its own link: its aliases go with it.
        var (erased, merged) = await MergedPersonAsync();
        using (var shown = await host.Client.GetAsync(SentLinks.OldManage(host, merged.Id)))
        {
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }

        using (var deleted = await host.Client.DeleteAsync(SentLinks.OldManage(host, erased.Id)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Null(await Store.FindAliasAsync(merged.Id, CancellationToken.None));
        await AssertNotFoundAsync(merged.Id);

        // Erased with the alias left behind (as after a crash between the two): the alias leads nowhere, answered the same.
        var (survivor, duplicate) = await MergedPersonAsync();
        await Store.DeleteAsync(survivor.Id, CancellationToken.None);
        Assert.Equal(survivor.Id, await Store.FindAliasAsync(duplicate.Id, CancellationToken.None));
        await AssertNotFoundAsync(duplicate.Id);
    }

    private ISubscriberStore Store => host.Services.GetRequiredService<ISubscriberStore>();

    private string ManageToken(string id) => host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, id, TimeSpan.FromHours(1));

    // Two records of one person linked by the number, with different addresses, merged by the migration.
    private async Task<(Subscriber Survivor, Subscriber Duplicate)> MergedPersonAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var survivor = Row($"a{tag}", $"home-{tag}@example.com", phone, Now.AddDays(-2), "Syria");
        var duplicate = Row($"b{tag}", $"work-{tag}@example.com", phone, Now.AddDays(-1), "ceasefire");
        await Store.SaveAsync(survivor, CancellationToken.None);
        await Store.SaveAsync(duplicate, CancellationToken.None);

        var report = await new DuplicateMigration(Store, host.Services.GetRequiredService<IDeliveryLedger>()).RunAsync(dryRun: false, CancellationToken.None);

        Assert.Contains(report.Merges, m => m.SurvivorId == survivor.Id && m.MergedIds.SequenceEqual([duplicate.Id]));
        Assert.Null(await Store.GetAsync(duplicate.Id, CancellationToken.None));
        Assert.Equal(survivor.Id, await Store.FindAliasAsync(duplicate.Id, CancellationToken.None));
        return (survivor, duplicate);
    }

    private async Task AssertEveryAddressSuppressedAsync(Subscriber survivor, Subscriber duplicate)
    {
        var suppressions = host.Services.GetRequiredService<SuppressionList>();
        Assert.True(await suppressions.IsSuppressedAsync(Channel.Email, survivor.Email!, CancellationToken.None));
        Assert.True(await suppressions.IsSuppressedAsync(Channel.Email, duplicate.Email!, CancellationToken.None));
        Assert.Equal(ContactStatus.OptedOut, (await Store.GetAsync(survivor.Id, CancellationToken.None))!.EmailStatus);
    }

    private async Task AssertNotFoundAsync(string oldId)
    {
        using var shown = await host.Client.GetAsync(SentLinks.OldManage(host, oldId));
        Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
        Assert.Equal("application/problem+json", shown.Content.Headers.ContentType?.MediaType);
        using var oneClick = await host.Client.PostAsync(SentLinks.OldUnsubscribe(host, oldId), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Contains("no longer exists", await oneClick.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var deleted = await host.Client.DeleteAsync(SentLinks.OldManage(host, oldId));
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
    }

    private static Subscriber Row(string id, string email, string? phone, DateTimeOffset createdAt, string topic) => new(
        id, email, ContactStatus.Confirmed, phone, phone is null ? ContactStatus.None : ContactStatus.Confirmed, "UTC", [new Topic("t1", topic, false)],
        Subscriber.DefaultSmsMaxUrgency, createdAt, SmsWelcomed: true);
}

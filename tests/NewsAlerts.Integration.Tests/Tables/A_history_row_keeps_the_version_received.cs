namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.History;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: the history's "corrected since" compared correction notices, so a story corrected again after the person
/// received its corrected version, with a notice repeating the earlier text, showed wrong. Each row keeps the version
/// received (<see cref="TableAlertHistory"/>, in Azurite); a row written before versions were kept reads as version 1.
/// </summary>
public sealed class A_history_row_keeps_the_version_received(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task The_version_received_reads_back_and_an_old_row_without_one_reads_as_the_first()
    {
        var prefix = StackFixture.UniqueName("h");
        var service = new TableServiceClient(fixture.Stack.StorageConnectionString);
        var history = new TableAlertHistory(new TableSet(service, Options.Create(new StorageOptions { TablePrefix = prefix })));
        var now = DateTimeOffset.UtcNow;
        var received = new ReceivedAlert("s1", now.AddHours(-1), Channel.Email, ReceivedKind.FollowUp, "corrected:v2:urn:test:truce", "Truce holds", "Wire",
            new Uri("https://news.example.com/truce-v2"), "matched truce", Version: 2);
        await history.AddAsync([received], CancellationToken.None);

        // A row as stored before the version was kept: no Version property.
        var table = service.GetTableClient(prefix + "alerthistory");
        await table.AddEntityAsync(new TableEntity("s1", $"{TableKeys.NewestFirst(now.AddHours(-2))}-email-old")
        {
            ["At"] = now.AddHours(-2), ["Channel"] = "Email", ["Kind"] = "Alert", ["Key"] = "urn:test:old", ["Headline"] = "Old", ["Reason"] = "matched old",
        });

        var rows = await history.RecentAsync("s1", AlertHistory.Cutoff(now), AlertHistory.MaxShown, CancellationToken.None);

        Assert.Equal([2, 1], rows.Select(r => r.Version));
        Assert.Equal(received with { At = rows[0].At }, rows[0]);
    }

    [Fact]
    public async Task A_correction_repeating_the_notice_received_is_corrected_since_and_the_one_received_is_not()
    {
        var prefix = StackFixture.UniqueName("h");
        var history = new TableAlertHistory(new TableSet(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = prefix })));
        var now = DateTimeOffset.UtcNow;
        await history.AddAsync([new ReceivedAlert("s2", now.AddHours(-1), Channel.Sms, ReceivedKind.FollowUp, "corrected:v2:urn:test:truce", "Truce holds", null, null, "matched truce", 2)], CancellationToken.None);
        var row = Assert.Single(await history.RecentAsync("s2", AlertHistory.Cutoff(now), AlertHistory.MaxShown, CancellationToken.None));
        Article Version(int version) => new("urn:test:truce", version, "Truce holds", "Body", null, "Wire", "en", [], 5,
            new Uri($"https://news.example.com/truce-v{version}"), now, Notice: new ArticleNotice(NoticeKind.Corrected, "Wrong town"));

        Assert.Equal(StoryStanding.Stands, HistoryRow.Of(row, Version(2)).Standing);
        Assert.Equal(StoryStanding.Corrected, HistoryRow.Of(row, Version(3)).Standing);
    }
}

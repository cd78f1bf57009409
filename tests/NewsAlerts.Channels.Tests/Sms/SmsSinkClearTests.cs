namespace NewsAlerts.Channels.Tests.Sms;

using System.Net;
using NewsAlerts.Channels.Tests.Support;

/// <summary>Clearing empties the whole sink, so it has a sink of its own.</summary>
public sealed class SmsSinkClearTests(SmsSinkFixture sink) : IClassFixture<SmsSinkFixture>
{
    [Fact]
    public async Task Delete_clears_the_received_messages()
    {
        using var sender = sink.Sender();
        var to = SmsSinkFixture.UniqueNumber();
        await sender.SendAsync(Alerts.Sms(to), CancellationToken.None);
        Assert.Single(await sink.MessagesToAsync(to));

        using var response = await sink.Http.DeleteAsync(new Uri("sink/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await sink.MessagesToAsync(to));
    }
}

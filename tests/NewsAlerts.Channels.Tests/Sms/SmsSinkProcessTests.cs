namespace NewsAlerts.Channels.Tests.Sms;

using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Delivery;
using NewsAlerts.SmsSink;
using NewsAlerts.Testing;

/// <summary>The sink as the local stack runs it: its own process, configured on the command line, stopped by PID.</summary>
public sealed class SmsSinkProcessTests
{
    [Fact]
    public async Task Sink_started_as_a_process_accepts_the_sdk_and_lists_the_message()
    {
        var port = NewsAlerts.Cli.Stack.Ports.FindFree();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "NewsAlerts.SmsSink.dll"), $"--urls=http://127.0.0.1:{port}",
            $"--account-sid={SmsSinkFixture.AccountSid}", $"--auth-token={SmsSinkFixture.AuthToken}", "--invalid-numbers=+15005550001",
        })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            await Eventually.TrueAsync(async () => await Answers(http), "the sink answers");
            using var sender = new TwilioSmsSender(
                Options.Create(new TwilioOptions
                {
                    AccountSid = SmsSinkFixture.AccountSid,
                    AuthToken = SmsSinkFixture.AuthToken,
                    FromNumber = "+15005550006",
                    ApiBaseUrl = http.BaseAddress,
                }),
                NullLogger<TwilioSmsSender>.Instance);

            var sent = await sender.SendAsync(Alerts.Sms("+15551230000"), CancellationToken.None);
            var invalid = await sender.SendAsync(Alerts.Sms("+15005550001"), CancellationToken.None);

            Assert.Equal(SendStatus.Sent, sent.Status);
            Assert.Equal("21211", invalid.ProviderErrorCode);
            var messages = await http.GetFromJsonAsync<List<SinkMessage>>("sink/messages");
            Assert.Equal(sent.ProviderMessageId, messages!.Single(m => m.Status == "queued").Sid);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<bool> Answers(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("sink/messages", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}

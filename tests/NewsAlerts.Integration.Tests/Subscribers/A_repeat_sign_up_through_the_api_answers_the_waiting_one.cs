namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Ports;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16 review: a sign-up sent again through <c>POST /api/subscribers</c> with the same address, number and topics
/// made a new pending sign-up instead of repeating the waiting one (cause not found in s35). The documented answer to a
/// repeat (README, "The answer to a repeat is the same sign-up") is 202 with the same <c>signUpId</c> and the same
/// <c>pending</c> channels, nothing sent again and one sign-up stored, also when the number is spelt differently
/// (spaces, brackets, a 00 prefix) and the address's domain in other letters.
/// </summary>
public sealed class A_repeat_sign_up_through_the_api_answers_the_waiting_one(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private SmsSinkInbox sink = null!;
    private Smtp4devInbox inbox = null!;

    public async Task InitializeAsync()
    {
        // A per-contact allowance of 1: a second sign-up that was not taken as a repeat would be refused (429) or send again.
        host = await TestFunctionHost.StartWithContactLimitAsync(fixture.Stack, perContact: 1);
        sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
    }

    public async Task DisposeAsync()
    {
        sink.Dispose();
        inbox.Dispose();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData("{0}")] // exactly as first written
    [InlineData("+44 {1} {2} {3}")] // spaces
    [InlineData("+44 ({1}) {2}-{3}")] // brackets and a dash
    [InlineData("0044{1}{2}{3}")] // the 00 international prefix
    public async Task The_same_address_number_and_topics_again_answer_the_waiting_sign_up(string spelling)
    {
        var phone = TestPhones.NewValid(); // +447400NNNNNN
        var again = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, phone, phone[3..7], phone[7..10], phone[10..]);
        var email = $"repeat-{Guid.NewGuid():N}@example.com";

        var (firstStatus, first) = await SignUpAsync(email, phone);
        Assert.Equal(HttpStatusCode.Accepted, firstStatus);
        await sink.WaitForAsync(phone, CancellationToken.None);
        await inbox.WaitForAsync(email, CancellationToken.None);

        var (secondStatus, second) = await SignUpAsync(email.Replace("@example.com", "@Example.COM", StringComparison.Ordinal), again);

        Assert.True(secondStatus == HttpStatusCode.Accepted, $"{secondStatus}: {second}");
        Assert.Equal(first.GetProperty("signUpId").GetString(), second.GetProperty("signUpId").GetString());
        Assert.Equal(
            first.GetProperty("pending").EnumerateArray().Select(p => p.GetString()),
            second.GetProperty("pending").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(second.GetProperty("notSent").EnumerateArray());
        Assert.Single(await host.Services.GetRequiredService<ISignUpStore>().FindByPhoneAsync(phone, CancellationToken.None));
        Assert.Single(await host.Services.GetRequiredService<ISignUpStore>().FindByEmailAsync(email, CancellationToken.None));
        // Nothing was sent again: the code and the link already sent still confirm.
        Assert.Single(await sink.MessagesToAsync(phone, CancellationToken.None));
        Assert.Equal(1, await inbox.CountAsync(email, CancellationToken.None));
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("+44 ({1}) {2} {3}")]
    [InlineData("0044 {1} {2}{3}")]
    public async Task The_same_number_and_topics_again_answer_the_waiting_sign_up(string spelling)
    {
        var phone = TestPhones.NewValid();
        var again = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, phone, phone[3..7], phone[7..10], phone[10..]);
        var (_, first) = await SignUpAsync(null, phone);
        await sink.WaitForAsync(phone, CancellationToken.None);

        var (status, second) = await SignUpAsync(null, again);

        Assert.True(status == HttpStatusCode.Accepted, $"{status}: {second}");
        Assert.Equal(first.GetProperty("signUpId").GetString(), second.GetProperty("signUpId").GetString());
        Assert.Single(await host.Services.GetRequiredService<ISignUpStore>().FindByPhoneAsync(phone, CancellationToken.None));
        Assert.Single(await sink.MessagesToAsync(phone, CancellationToken.None));
    }

    [Fact]
    public async Task The_same_address_and_topics_again_answer_the_waiting_sign_up()
    {
        var email = $"repeat-{Guid.NewGuid():N}@example.com";
        var (_, first) = await SignUpAsync(email, null);
        await inbox.WaitForAsync(email, CancellationToken.None);

        var (status, second) = await SignUpAsync(email, null);

        Assert.True(status == HttpStatusCode.Accepted, $"{status}: {second}");
        Assert.Equal(first.GetProperty("signUpId").GetString(), second.GetProperty("signUpId").GetString());
        Assert.Single(await host.Services.GetRequiredService<ISignUpStore>().FindByEmailAsync(email, CancellationToken.None));
        Assert.Equal(1, await inbox.CountAsync(email, CancellationToken.None));
    }

    private async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> SignUpAsync(string? email, string? phone)
    {
        var topics = new[] { "Syria", "ceasefire" };
        using var response = await Api.PostJsonAsync(
            host.Client, "api/subscribers", (phone, email) switch
            {
                (null, _) => new { email, timeZone = "Europe/London", topics },
                (_, null) => new { phone, timeZone = "Europe/London", topics },
                _ => (object)new { email, phone, timeZone = "Europe/London", topics },
            });
        return (response.StatusCode, await Api.BodyAsync(response));
    }
}

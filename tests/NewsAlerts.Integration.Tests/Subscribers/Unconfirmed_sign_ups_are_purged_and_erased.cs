namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// The addresses and numbers of sign-ups are not kept for ever: the hourly purge deletes a sign-up once no link or code
/// of it can work, and erasing a subscriber deletes the sign-ups it joined (with a contact still unconfirmed).
/// </summary>
public sealed class Unconfirmed_sign_ups_are_purged_and_erased(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly ShiftedClock time = new();
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() =>
        host = await TestFunctionHost.StartWithClockAsync(fixture.Stack, time);

    public async Task DisposeAsync() => await host.DisposeAsync();

    private ISignUpStore Store => host.Services.GetRequiredService<ISignUpStore>();

    [Fact]
    public async Task A_sign_up_is_kept_while_its_link_can_work_and_purged_after()
    {
        using var created = await Api.PostJsonAsync(host.Client, "api/subscribers", new { email = $"purge-{Guid.NewGuid():N}@example.com", timeZone = "UTC", topics = new[] { "Syria" } });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var signUpId = (await Api.BodyAsync(created)).GetProperty("signUpId").GetString()!;

        await host.Services.GetRequiredService<SignUpService>().PurgeExpiredAsync(CancellationToken.None);
        Assert.NotNull(await Store.GetAsync(signUpId, CancellationToken.None));

        time.Offset = SubscriberService.EmailConfirmationLifetime + TimeSpan.FromMinutes(5);
        await host.RunFunctionAsync("PurgeSignUps");
        await Eventually.TrueAsync(async () => await Store.GetAsync(signUpId, CancellationToken.None) is null, "the dead sign-up is purged");
    }

    [Fact]
    public async Task Erasing_the_subscriber_deletes_the_sign_up_whose_number_is_still_unconfirmed()
    {
        var service = host.Services.GetRequiredService<SignUpService>();
        var request = new SubscriberRequest($"erase-{Guid.NewGuid():N}@example.com", TestPhones.NewValid(), "UTC", [("Syria", false)], Subscriber.DefaultSmsMaxUrgency);
        var started = await service.SignUpAsync(request, CancellationToken.None);
        var confirmed = await service.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, confirmed.Kind);
        Assert.Equal(["sms"], (await Store.GetAsync(started.SignUp.Id, CancellationToken.None))!.PendingChannels);

        using var deleted = await host.Client.DeleteAsync(new Uri($"api/subscribers/{confirmed.Subscriber!.Id}?token={Uri.EscapeDataString(confirmed.ManageToken!)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Null(await Store.GetAsync(started.SignUp.Id, CancellationToken.None));
    }
}

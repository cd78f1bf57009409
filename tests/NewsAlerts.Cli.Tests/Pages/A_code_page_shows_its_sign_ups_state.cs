namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Functions.Pages;

/// <summary>
/// Trial r38 #6: the code page opened again shows the sign-up's state as stored (<see cref="CodePageStates"/>), not the
/// URL's "sent": each combination of what the sign-up asked for and what is confirmed, and none found.
/// </summary>
public sealed class A_code_page_shows_its_sign_ups_state
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 17, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, true, false, false, CodePageState.Waiting)]
    [InlineData(true, true, true, false, CodePageState.EmailConfirmed)]
    [InlineData(true, true, false, true, CodePageState.NumberConfirmed)]
    [InlineData(true, true, true, true, CodePageState.AllConfirmed)]
    [InlineData(false, true, false, false, CodePageState.Waiting)]
    [InlineData(false, true, false, true, CodePageState.AllConfirmed)]
    [InlineData(true, false, false, false, CodePageState.Waiting)]
    [InlineData(true, false, true, false, CodePageState.AllConfirmed)]
    public void Each_state_of_a_sign_up_has_its_page(bool email, bool phone, bool emailConfirmed, bool smsConfirmed, CodePageState expected)
    {
        var signUp = new PendingSignUp("u1", email ? "reader@example.com" : null, phone ? "+447400123456" : null, "UTC", [], 2, Now,
            new NewsAlerts.Core.Subscribers.PendingConfirmations(null, null, null, 0), emailConfirmed, smsConfirmed);

        Assert.Equal(expected, CodePageStates.Of(signUp));
    }

    [Fact]
    public void No_sign_up_is_gone() => Assert.Equal(CodePageState.Gone, CodePageStates.Of(null));
}

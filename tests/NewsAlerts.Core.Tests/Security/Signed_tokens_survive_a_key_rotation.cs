namespace NewsAlerts.Core.Tests.Security;

using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Security;

public sealed class Signed_tokens_survive_a_key_rotation
{
    private static readonly byte[] OldKey = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] NewKey = RandomNumberGenerator.GetBytes(32);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_link_signed_before_the_rotation_still_verifies_with_the_previous_key_configured()
    {
        var before = new TokenSigner(OldKey, time).Issue(TokenPurpose.Unsubscribe, "sub-1", TimeSpan.FromDays(90));

        var verified = new TokenSigner(NewKey, OldKey, time).Verify(before, TokenPurpose.Unsubscribe);

        Assert.NotNull(verified);
        Assert.Equal("sub-1", verified.SubscriberId);
        Assert.Null(new TokenSigner(NewKey, time).Verify(before, TokenPurpose.Unsubscribe));
    }

    [Fact]
    public void New_tokens_are_signed_with_the_current_key_only()
    {
        var after = new TokenSigner(NewKey, OldKey, time).Issue(TokenPurpose.Manage, "sub-2", TimeSpan.FromDays(1));

        Assert.NotNull(new TokenSigner(NewKey, time).Verify(after, TokenPurpose.Manage));
        Assert.Null(new TokenSigner(OldKey, time).Verify(after, TokenPurpose.Manage));
    }

    [Fact]
    public void A_token_from_an_unknown_key_an_expired_one_or_one_for_another_purpose_is_refused()
    {
        var signer = new TokenSigner(NewKey, OldKey, time);
        var stranger = new TokenSigner(RandomNumberGenerator.GetBytes(32), time).Issue(TokenPurpose.Manage, "sub-3", TimeSpan.FromDays(1));
        var old = new TokenSigner(OldKey, time).Issue(TokenPurpose.Manage, "sub-3", TimeSpan.FromHours(1));

        Assert.Null(signer.Verify(stranger, TokenPurpose.Manage));
        Assert.Null(signer.Verify(old, TokenPurpose.Unsubscribe));
        time.Advance(TimeSpan.FromHours(1));
        Assert.Null(signer.Verify(old, TokenPurpose.Manage));
    }

    [Fact]
    public void An_sms_code_stored_before_the_rotation_still_matches_and_a_wrong_one_does_not()
    {
        var stored = new TokenSigner(OldKey, time).HashCode("sub-4", "123456");
        var signer = new TokenSigner(NewKey, OldKey, time);

        Assert.True(signer.MatchesCode("sub-4", "123456", stored));
        Assert.False(signer.MatchesCode("sub-4", "654321", stored));
        Assert.False(signer.MatchesCode("sub-5", "123456", stored));
        Assert.False(new TokenSigner(NewKey, time).MatchesCode("sub-4", "123456", stored));
    }

    [Fact]
    public void A_previous_key_shorter_than_32_bytes_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TokenSigner(NewKey, new byte[16], time));

        Assert.Equal("previousKey", error.ParamName);
    }
}

namespace NewsAlerts.Core.Tests.Security;

using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Security;

/// <summary>
/// Review of s37, finding 7: the confirm page says "a link to confirm a new address" only for a link that was one; an
/// expired link still names its sign-up through our signature (<see cref="TokenSigner.SignedSubject"/>), a forged or
/// garbled one names nothing.
/// </summary>
public sealed class An_expired_links_subject_is_read_only_from_our_signature
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_expired_link_names_its_sign_up_but_does_not_verify()
    {
        var signer = new TokenSigner(Key, time);
        var token = signer.Issue(TokenPurpose.ConfirmEmail, "mSUB1", TimeSpan.FromHours(1));
        time.Advance(TimeSpan.FromHours(2));

        Assert.Null(signer.Verify(token, TokenPurpose.ConfirmEmail));
        Assert.Equal("mSUB1", signer.SignedSubject(token, TokenPurpose.ConfirmEmail));
    }

    [Fact]
    public void An_unsubscribe_link_of_any_age_verifies_while_its_signature_holds()
    {
        var signer = new TokenSigner(Key, time);
        var token = signer.Issue(TokenPurpose.Unsubscribe, "mSUB1", TimeSpan.FromDays(90));
        var forged = new TokenSigner(RandomNumberGenerator.GetBytes(32), time).Issue(TokenPurpose.Unsubscribe, "mSUB1", TimeSpan.FromDays(90));
        var manage = signer.Issue(TokenPurpose.Manage, "mSUB1", TimeSpan.FromDays(90));
        time.Advance(TimeSpan.FromDays(5 * 365));

        Assert.Equal("mSUB1", signer.Verify(token, TokenPurpose.Unsubscribe)?.SubscriberId);
        Assert.Null(signer.Verify(forged, TokenPurpose.Unsubscribe));
        Assert.Null(signer.Verify(token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1], TokenPurpose.Unsubscribe));
        Assert.Null(signer.Verify(token, TokenPurpose.Manage));
        Assert.Null(signer.Verify(manage, TokenPurpose.Manage));
    }

    [Fact]
    public void A_forged_garbled_or_other_purpose_token_names_nothing()
    {
        var signer = new TokenSigner(Key, time);
        var forged = new TokenSigner(RandomNumberGenerator.GetBytes(32), time).Issue(TokenPurpose.ConfirmEmail, "mSUB1", TimeSpan.FromHours(1));

        Assert.Null(signer.SignedSubject(forged, TokenPurpose.ConfirmEmail));
        Assert.Null(signer.SignedSubject("not-a-token.at-all", TokenPurpose.ConfirmEmail));
        Assert.Null(signer.SignedSubject(signer.Issue(TokenPurpose.Manage, "mSUB1", TimeSpan.FromHours(1)), TokenPurpose.ConfirmEmail));
    }
}

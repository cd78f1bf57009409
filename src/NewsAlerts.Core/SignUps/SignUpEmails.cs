namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// How the email a sign-up's address gets is worded (issue 16, trials r32/r33 defect 3: an address already confirmed
/// that signed up again got "Confirm your subscription", as if new). Only the words differ: every address named by a
/// sign-up gets its email, the sign-up is stored and limited alike and the answer is the same, so nothing here is told
/// to the one who filled the form. The wording depends on the address's own state only, never on the number's
/// (review of s34: decided otherwise, one contact's message told the other's state).
/// <list type="bullet">
/// <item>The current address of a subscriber with status <see cref="ContactStatus.Confirmed"/> and not on the
/// suppression list: <see cref="SignUpEmailKind.Change"/> (its link adds the topics not followed yet).</item>
/// <item>Anything else (new, pending, opted out, suppressed, an address a subscriber had before): <see cref="SignUpEmailKind.Confirm"/>,
/// since pressing it is new consent.</item>
/// </list>
/// </summary>
public static class SignUpEmails
{
    /// <summary>The wording for <paramref name="address"/>, found held by <paramref name="holder"/> (its lookup; null: none).</summary>
    /// <param name="address">The address signed up with.</param>
    /// <param name="holder">The subscriber the address's lookup finds (it may hold it as its current or a former address), or null.</param>
    /// <param name="suppressed">Whether the address is on the suppression list (an opt-out, a bounce, a complaint).</param>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public static SignUpEmailKind KindOf(string address, Subscriber? holder, bool suppressed) =>
        !suppressed && IsConfirmedFor(holder, address) ? SignUpEmailKind.Change : SignUpEmailKind.Confirm;

    /// <summary>
    /// Whether <paramref name="address"/> is <paramref name="holder"/>'s current address with status
    /// <see cref="ContactStatus.Confirmed"/> (compared as <see cref="ContactKeys"/> compares); false for a null holder.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public static bool IsConfirmedFor(Subscriber? holder, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return holder is { Email: { } held, EmailStatus: ContactStatus.Confirmed }
            && ContactKeys.Of(Channel.Email, held) == ContactKeys.Of(Channel.Email, address);
    }

    /// <summary>
    /// The topics of <paramref name="requested"/> that <paramref name="followed"/> does not have, by
    /// <see cref="SignUpTopics.Unite"/>'s rule (<see cref="TopicIdentity"/>), renumbered <c>t1</c>, <c>t2</c>, …;
    /// empty when every one is followed already.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Topic> NewTopics(IReadOnlyList<Topic> followed, IReadOnlyList<Topic> requested)
    {
        ArgumentNullException.ThrowIfNull(followed);
        ArgumentNullException.ThrowIfNull(requested);
        var already = SignUpTopics.Unite(followed, []).Count;
        return [.. SignUpTopics.Unite(followed, requested).Skip(already).Select((t, i) => t with { Id = $"t{i + 1}" })];
    }
}

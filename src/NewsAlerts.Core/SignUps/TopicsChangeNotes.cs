namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// Which of the change email's side notes are true for a sign-up of an address already confirmed (trial r36 #5: both
/// were always written): which choices the sign-up gave were not applied, and that texts need a number.
/// </summary>
/// <param name="NotApplied">
/// The choices the sign-up gave that differ from the holder's and were not applied (<see cref="ChoicesNotApplied"/>),
/// named by the email; empty for none.
/// </param>
/// <param name="NoNumber">The holder has no number that gets texts or waits for its code (none, stopped or undeliverable).</param>
public sealed record TopicsChangeNotes(IReadOnlyList<SignUpChoice> NotApplied, bool NoNumber)
{
    /// <summary>Every choice and the number note, for a caller that cannot tell.</summary>
    public static readonly TopicsChangeNotes Both = new(Enum.GetValues<SignUpChoice>(), true);

    /// <summary>Whether any choice of the sign-up was not applied.</summary>
    public bool SettingsNotApplied => NotApplied.Count > 0;

    /// <summary>
    /// The notes for <paramref name="signUp"/> whose address <paramref name="holder"/> holds: the choices of
    /// <see cref="ChoicesNotApplied.Of"/>, and whether the holder lacks a number that gets texts.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TopicsChangeNotes Of(PendingSignUp signUp, Subscriber holder)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        ArgumentNullException.ThrowIfNull(holder);
        var noNumber = holder.Phone is null || holder.SmsStatus is ContactStatus.None or ContactStatus.OptedOut or ContactStatus.Disabled;
        return new TopicsChangeNotes(ChoicesNotApplied.Of(signUp, holder), noNumber);
    }

    /// <summary>Value equality, the choices compared in order (a list compares by reference otherwise).</summary>
    public bool Equals(TopicsChangeNotes? other) => other is not null && NoNumber == other.NoNumber && NotApplied.SequenceEqual(other.NotApplied);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(NotApplied.Count, NoNumber);
}

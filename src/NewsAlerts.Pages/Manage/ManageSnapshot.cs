namespace NewsAlerts.Pages.Manage;

using System.Globalization;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Where alerts went when the preference centre was rendered, carried by its versioned forms (field <see cref="Field"/>)
/// so a form refused because the subscriber changed since (409) can say what changed (<see cref="ChangedElsewhere"/>).
/// Not a secret: the page shows the same in words; a hand-edited value only changes the words of that notice.
/// </summary>
/// <param name="Email">The address's status.</param>
/// <param name="Sms">The number's status.</param>
/// <param name="EmailSuppressed">Whether the address was on the suppression list.</param>
/// <param name="PhoneSuppressed">Whether the number was on the suppression list.</param>
/// <param name="Paused">Whether alerts were paused.</param>
public sealed record ManageSnapshot(ContactStatus Email, ContactStatus Sms, bool EmailSuppressed, bool PhoneSuppressed, bool Paused)
{
    /// <summary>The hidden form field carrying <see cref="Encoded"/>.</summary>
    public const string Field = "seen";

    /// <summary>Five digits: the two statuses, then the three flags (0 or 1).</summary>
    public string Encoded => string.Create(CultureInfo.InvariantCulture, $"{(int)Email}{(int)Sms}{Bit(EmailSuppressed)}{Bit(PhoneSuppressed)}{Bit(Paused)}");

    /// <summary>The snapshot of <see cref="Encoded"/> text, or null when <paramref name="value"/> is not one (missing, an older form, edited).</summary>
    public static ManageSnapshot? Parse(string? value)
    {
        if (value is not { Length: 5 } || !value.All(char.IsAsciiDigit))
        {
            return null;
        }

        var (email, sms) = ((ContactStatus)(value[0] - '0'), (ContactStatus)(value[1] - '0'));
        var flags = value[2..];
        return Enum.IsDefined(email) && Enum.IsDefined(sms) && flags.All(c => c is '0' or '1')
            ? new ManageSnapshot(email, sms, flags[0] == '1', flags[1] == '1', flags[2] == '1')
            : null;
    }

    private static char Bit(bool value) => value ? '1' : '0';
}

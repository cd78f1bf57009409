namespace NewsAlerts.Pages.Manage;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;

/// <summary>
/// What the "get a link to my preferences" form asks for: an email address (canonical form, <see cref="ContactValidation.Email"/>),
/// a number to text the link to (E.164, read as sign-up reads it: <see cref="TextablePhones.Check"/>), or both; or the
/// field errors, in the page's words, when one is not an address or number or neither was typed. Whether either is
/// signed up plays no part: the answer must not tell.
/// </summary>
/// <param name="Email">The address to email a link to, or null.</param>
/// <param name="Phone">The number to text a link to, or null.</param>
/// <param name="Errors">What is wrong with the fields (empty when the request can go).</param>
public sealed record ManageLinkForm(string? Email, string? Phone, IReadOnlyList<PageError> Errors)
{
    /// <summary>The contacts asked for, email first (each counted by the per-contact limit).</summary>
    public IEnumerable<string> Contacts => new[] { Email, Phone }.OfType<string>();

    /// <summary>Reads the typed <paramref name="email"/> and <paramref name="phone"/> (trimmed; empty: not given).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ManageLinkForm Read(string email, string phone, TextablePhones phones)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(phone);
        ArgumentNullException.ThrowIfNull(phones);
        if (email.Length == 0 && phone.Length == 0)
        {
            return new ManageLinkForm(null, null, [new PageError("email", PageStrings.ManageLinkEmailMissing)]);
        }

        var errors = new List<PageError>();
        var (address, emailReason) = email.Length == 0 ? (null, null) : ContactValidation.Email(email);
        if (emailReason is not null)
        {
            errors.Add(new PageError("email", FormFields.ContactError("email", emailReason)));
        }

        var (number, phoneReason) = phone.Length == 0 ? (null, null) : phones.Check(phone);
        if (phoneReason is not null)
        {
            errors.Add(new PageError("phone", FormFields.ContactError("phone", phoneReason)));
        }

        return errors.Count > 0 ? new ManageLinkForm(null, null, errors) : new ManageLinkForm(address, number, []);
    }
}

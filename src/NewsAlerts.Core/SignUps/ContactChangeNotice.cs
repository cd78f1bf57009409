namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Delivery;

/// <summary>
/// The notice owed to a contact that was just replaced by a confirmed new one (<see cref="ContactChangeNotices.For"/>):
/// the old address or number hears that it was changed, to what (masked) and when, so a change the person did not make
/// does not go unnoticed.
/// </summary>
/// <param name="Channel">Which contact was replaced: the email address or the phone number.</param>
/// <param name="OldContact">The replaced address or number (E.164), where the notice goes.</param>
/// <param name="MaskedNewContact">The new one as the notice shows it (<see cref="ContactChangeNotices.Mask"/>).</param>
/// <param name="ChangedAt">When the new one was confirmed.</param>
public sealed record ContactChangeNotice(Channel Channel, string OldContact, string MaskedNewContact, DateTimeOffset ChangedAt);

namespace NewsAlerts.Testing;

using System.Security.Cryptography;
using NewsAlerts.Core.Subscribers;

/// <summary>Unique phone numbers that the app's own validation (libphonenumber) accepts.</summary>
public static class TestPhones
{
    /// <summary>A random UK mobile number in E.164 form that validates.</summary>
    public static string NewValid()
    {
        while (true)
        {
            var (e164, _) = ContactValidation.Phone($"+447911{RandomNumberGenerator.GetInt32(0, 1_000_000):D6}");
            if (e164 is not null)
            {
                return e164;
            }
        }
    }
}

namespace NewsAlerts.Testing;

using System.Security.Cryptography;
using NewsAlerts.Core.Subscribers;

/// <summary>Unique phone numbers that sign-up accepts: valid (libphonenumber) mobile numbers in an allowed country.</summary>
public static class TestPhones
{
    private static readonly TextablePhones Mobiles = new(["GB"]);

    /// <summary>A random UK mobile number in E.164 form that validates (GB is allowed in the local stack and the tests).</summary>
    public static string NewValid()
    {
        while (true)
        {
            var (e164, _) = Mobiles.Check($"+447400{RandomNumberGenerator.GetInt32(0, 1_000_000):D6}");
            if (e164 is not null)
            {
                return e164;
            }
        }
    }
}

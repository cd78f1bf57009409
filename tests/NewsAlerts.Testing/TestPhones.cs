namespace NewsAlerts.Testing;

using System.Security.Cryptography;
using NewsAlerts.Core.Subscribers;

/// <summary>Unique phone numbers that sign-up accepts: valid (libphonenumber) mobile numbers in an allowed country.</summary>
public static class TestPhones
{
    private static readonly TextablePhones Mobiles = new(["GB"]);

    // Every number handed out in this test process: the SMS sink is shared by a whole run, so two tests drawing the same
    // number (hundreds drawn from a million: a birthday collision in about one run in ten) read each other's texts — a
    // clean CI run (s32) saw another test's alert in a test expecting none.
    private static readonly HashSet<string> Issued = new(StringComparer.Ordinal);

    /// <summary>
    /// A random UK mobile number in E.164 form that validates (GB is allowed in the local stack and the tests), never the
    /// same twice in one test process.
    /// </summary>
    public static string NewValid()
    {
        while (true)
        {
            var (e164, _) = Mobiles.Check($"+447400{RandomNumberGenerator.GetInt32(0, 1_000_000):D6}");
            if (e164 is not null)
            {
                lock (Issued)
                {
                    if (Issued.Add(e164))
                    {
                        return e164;
                    }
                }
            }
        }
    }
}

namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Pages;

/// <summary>
/// Trial r38 #7 and #8: an older link opened after "Send it again" said "You filled in the form again" (the person had
/// pressed a button), and a replaced link that was never used said "This link was used already" once the newest one
/// confirmed. The pages a replaced or used link shows (a newer link was sent; confirmed already; topics added already;
/// address changed already) say only what is true in every case, in every language: no form filled, no link used.
/// </summary>
public sealed class A_replaced_links_page_claims_neither_a_form_filled_again_nor_a_use
{
    // The claims each language's old wording made (the form filled again; this link used), as they read.
    public static TheoryData<string, string[]> Claims => new()
    {
        { "en", ["filled in the form", "was used already"] },
        { "fr", ["rempli le formulaire", "déjà servi", "déjà été utilisé"] },
        { "de", ["Formular erneut", "bereits verwendet"] },
        { "es", ["rellenar el formulario", "ya se usó"] },
        { "it", ["compilato di nuovo", "già stato usato"] },
        { "nl", ["formulier opnieuw", "al gebruikt"] },
        { "pt", ["Preencheu o formulário", "já foi usada"] },
        { "ar", ["ملأت النموذج", "استُخدم هذا الرابط"] },
    };

    [Theory]
    [MemberData(nameof(Claims))]
    public void The_pages_of_a_replaced_or_used_link_make_no_claim_that_may_be_false(string language, string[] claims)
    {
        using var scope = new PageLanguageScope(language);
        string[] pages = [PageStrings.NewerLinkSentMessage, PageStrings.AlreadyConfirmedMessage, PageStrings.TopicsAlreadyAddedMessage, PageStrings.AddressChangeDoneMessage];

        foreach (var page in pages)
        {
            Assert.All(claims, claim => Assert.DoesNotContain(claim, page, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(4, pages.Distinct().Count());
    }
}

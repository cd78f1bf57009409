namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Globalization;
using NewsAlerts.Pages.Languages;

/// <summary>Makes a language the page's for a test's duration and puts the cultures back after.</summary>
internal sealed class PageLanguageScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public PageLanguageScope(string language) => PageCulture.Use(language);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}

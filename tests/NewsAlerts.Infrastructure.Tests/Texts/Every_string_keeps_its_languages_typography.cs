namespace NewsAlerts.Infrastructure.Tests.Texts;

public sealed class Every_string_keeps_its_languages_typography
{
    public static TheoryData<string> Languages() => [.. Typography.QuotationMarks.Keys];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_catalog_string_and_console_string_of_the_language_keeps_its_rules(string language)
    {
        var strings = CatalogString.All().Where(s => s.Language == language).ToList();

        Assert.NotEmpty(strings);
        var faults = strings
            .SelectMany(s => Typography.Faults(s.Language, s.Text, s.Neutral, s.Fragment, s.CountMayBeWords).Select(f => $"{s.Source} {s.Key}: {f}"))
            .ToList();
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public void The_catalogs_read_include_every_project_with_strings_and_every_language()
    {
        var sources = CatalogString.All().Select(s => s.Source).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(Path.Combine("src", "NewsAlerts.Pages", "PageStrings.fr.resx"), sources);
        Assert.Contains(Path.Combine("src", "NewsAlerts.Core", "Texts", "SmsTexts.fr.resx"), sources);
        Assert.Contains(Path.Combine("src", "NewsAlerts.Core", "Texts", "EmailTexts.fr.resx"), sources);
        Assert.Contains("ConsoleStrings", sources);
        Assert.Equal(Typography.QuotationMarks.Keys.Order(), CatalogString.All().Select(s => s.Language).Distinct().Order());
    }

    // Trial r40 #1: French texts mixed ' and ’.
    [Theory]
    [InlineData("Vous n'avez pas confirmé l’adresse.", "a straight apostrophe (') where the language writes ’")]
    [InlineData("Don't send it again.", "a straight apostrophe (') where the language writes ’")]
    public void A_straight_apostrophe_is_a_fault_in_every_language(string text, string fault) =>
        Assert.Contains(fault, Typography.Faults(text.Contains('’') ? "fr" : "en", text, text, fragment: false));

    [Theory]
    [InlineData("fr", "Pourquoi: {0}")]
    [InlineData("fr", "Arrêter les alertes ?")]
    [InlineData("fr", "Appuyez sur «\u00a0Envoyer»")]
    [InlineData("fr", "Appuyez sur «Envoyer\u00a0»")]
    [InlineData("fr", "Plus rien; ni texte")]
    public void French_high_punctuation_and_guillemets_need_a_no_break_space(string language, string text) =>
        Assert.Contains(Typography.Faults(language, text, text, fragment: false), f => f.StartsWith("no no-break space", StringComparison.Ordinal));

    [Theory]
    [InlineData("Pourquoi\u00a0: {0}", "{0}")]
    [InlineData("Arrêter les alertes\u202f?", "")]
    [InlineData("Une heure comme 07:30", "")]
    [InlineData("«\u00a0urgency:\u00a0» doit être suivi d’un nombre", "")]
    [InlineData("Appuyez sur «\u202fEnvoyer\u202f»", "")]
    public void French_written_with_its_spaces_and_syntax_colons_keeps_the_rules(string text, string neutral) =>
        Assert.Empty(Typography.Faults("fr", text, neutral, fragment: false));

    [Theory]
    [InlineData("en", "Words in \"quotes\" match a phrase", "quotation marks \" where the language writes “”")]
    [InlineData("de", "Drücken Sie «Senden»", "quotation marks «» where the language writes „“")]
    [InlineData("nl", "Druk op „Verzenden”", "quotation marks „” where the language writes ‘’")]
    [InlineData("es", "Pulse «Enviar»", "quotation marks «» where the language writes “”")]
    [InlineData("ar", "اضغط «إرسال»", "quotation marks «» where the language writes ”“")]
    public void Each_language_quotes_with_its_own_marks_only(string language, string text, string fault) =>
        Assert.Contains(fault, Typography.Faults(language, text, string.Empty, fragment: false));

    [Theory]
    [InlineData("Two  spaces", false, "two spaces in a row")]
    [InlineData("Ends with a space ", false, "a space at the end of a line")]
    [InlineData("A line \nand the next", false, "a space at the end of a line")]
    public void Spacing_faults_are_found(string text, bool fragment, string fault) =>
        Assert.Contains(fault, Typography.Faults("en", text, string.Empty, fragment));

    [Fact]
    public void A_fragment_keeps_its_edge_spaces() =>
        Assert.Empty(Typography.Faults("en", " and ", " and ", fragment: true));

    [Theory]
    [InlineData("Ligne {0}\u00a0: {1}", "Line {0}: {1} {2}")]
    [InlineData("Ligne {1}\u00a0: {1}", "Line {0}: {1}")]
    [InlineData("Attendez {0:N0} minutes", "Wait {0} minutes")]
    public void A_translation_keeps_exactly_the_neutral_placeholders(string text, string neutral) =>
        Assert.Contains(Typography.Faults("fr", text, neutral, fragment: false), f => f.StartsWith("placeholders", StringComparison.Ordinal));

    [Fact]
    public void A_plural_form_for_one_may_say_its_count_in_words_but_add_no_placeholder()
    {
        Assert.Empty(Typography.Faults("ar", "يوم", "{0} day", fragment: false, countMayBeWords: true));
        Assert.NotEmpty(Typography.Faults("ar", "يوم {1}", "{0} day", fragment: false, countMayBeWords: true));
    }

    [Fact]
    public void Placeholders_may_move_within_a_translation() =>
        Assert.Empty(Typography.Faults("de", "{1} um {0}", "{0} at {1}", fragment: false));
}

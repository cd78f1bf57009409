namespace NewsAlerts.Core.Tests.Validation;

using NewsAlerts.Core.Validation;

/// <summary>
/// Issue 16: a NUL character got the reason "can hide or reorder text", which a NUL does not. Each kind of refused
/// character is told its own truth: control characters are not allowed in text, bidi controls reorder it, invisible
/// formatting hides it.
/// </summary>
public sealed class Each_refused_character_is_told_what_it_does
{
    [Theory]
    [InlineData("a\0b", "U+0000", "control character, which is not allowed in text")]
    [InlineData("a\u0007b", "U+0007", "a control character), which is not allowed in text")]
    [InlineData("a\u001Bb", "U+001B", "which is not allowed in text")]
    [InlineData("a\u0085b", "U+0085", "which is not allowed in text")]
    [InlineData("a\u202Eb", "U+202E", "which can reorder text")]
    [InlineData("a\u2067b", "U+2067", "which can reorder text")]
    [InlineData("a\u2062b", "U+2062", "which can hide text")]
    [InlineData("a\uE000b", "U+E000", "can show as nothing")]
    public void The_reason_names_the_character_and_what_it_does(string text, string codePoint, string says)
    {
        var (_, reason) = FreeText.Clean(text);

        Assert.NotNull(reason);
        Assert.Contains(codePoint, reason, StringComparison.Ordinal);
        Assert.Contains(says, reason, StringComparison.Ordinal);
        Assert.EndsWith("; remove it", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\0b")]
    [InlineData("a\u0001b")]
    [InlineData("a\u007Fb")]
    public void No_control_character_is_said_to_hide_or_reorder_text(string text)
    {
        var (_, reason) = FreeText.Clean(text);

        Assert.DoesNotContain("hide", reason!, StringComparison.Ordinal);
        Assert.DoesNotContain("reorder", reason!, StringComparison.Ordinal);
    }
}

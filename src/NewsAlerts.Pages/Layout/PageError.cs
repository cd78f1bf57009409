namespace NewsAlerts.Pages.Layout;

/// <summary>An error shown next to a form field and in the page's error summary, which links to the field.</summary>
/// <param name="Field">The form field's name (its element id is <c>field-{Field}</c>).</param>
/// <param name="Message">What is wrong, in words for the subscriber.</param>
public sealed record PageError(string Field, string Message);

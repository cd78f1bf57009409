namespace NewsAlerts.Functions.Subscribers;

using NewsAlerts.Core.Validation;

/// <summary>
/// Which token <c>POST /api/sign-ups/{id}/confirm-email</c> confirms with: the emailed link's <c>?token=</c>, the body's
/// <c>token</c> (JSON <c>{"token": ...}</c> or a form's hidden field, <c>token=...</c>), or both when they are the same.
/// Issue 16 (trial r35): a form posting to the link's own URL with the token in a hidden field too was refused as
/// "it takes no body", though it said the same thing twice.
/// </summary>
public static class EmailTokenSources
{
    /// <summary>The reason when the query and the body give two different tokens.</summary>
    public const string Differs = "is given in the link (?token=) and in the body with different values; give it once, in either";

    /// <summary>The reason when neither gives one.</summary>
    public const string Missing = "is required: the link's ?token=, or {\"token\": ...} in the body";

    /// <summary>
    /// The token to confirm with, or the error naming <c>token</c>: <paramref name="query"/> (empty: none) and
    /// <paramref name="body"/> (null: none) must not disagree, and one must be given; an empty body token counts as none.
    /// </summary>
    public static (string? Token, FieldError? Error) Decide(string? query, string? body)
    {
        var fromQuery = string.IsNullOrEmpty(query) ? null : query;
        var fromBody = string.IsNullOrEmpty(body) ? null : body;
        return (fromQuery, fromBody) switch
        {
            (null, null) => (null, new FieldError(ConfirmationsFunction.EmailBodyField, Missing)),
            ({ } q, { } b) when !string.Equals(q, b, StringComparison.Ordinal) => (null, new FieldError(ConfirmationsFunction.EmailBodyField, Differs)),
            _ => (fromQuery ?? fromBody, null),
        };
    }
}

namespace NewsAlerts.EndToEnd.Tests.Browser;

/// <summary>Every browser test shares one stack, one Function host and one chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}

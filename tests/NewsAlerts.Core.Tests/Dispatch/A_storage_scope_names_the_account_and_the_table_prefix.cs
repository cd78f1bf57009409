namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Azure.Storage;
using NewsAlerts.Core.Dispatch;

public sealed class A_storage_scope_names_the_account_and_the_table_prefix
{
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Theory]
    // The local stack's own string (AzuriteService), with the account in the endpoints' paths too.
    [InlineData($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteKey};TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;", "devstoreaccount1")]
    [InlineData("UseDevelopmentStorage=true", "devstoreaccount1")]
    [InlineData("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://proxy.example", "devstoreaccount1")]
    [InlineData($"DefaultEndpointsProtocol=https;AccountName=newsalertsprod;AccountKey={AzuriteKey};EndpointSuffix=core.windows.net", "newsalertsprod")]
    // Keys in any case, spaces around parts, an empty part.
    [InlineData($" accountname = stnewsalertsdev ; ACCOUNTKEY={AzuriteKey};;", "stnewsalertsdev")]
    // A shared-access-signature string names no account: its table endpoint does (the signature holds '=' and '&').
    [InlineData("TableEndpoint=https://stnews.table.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=t&sig=abc%3D", "stnews")]
    [InlineData("BlobEndpoint=http://127.0.0.1:10000/acct2;TableEndpoint=http://127.0.0.1:10002/acct2;SharedAccessSignature=sv=1&sig=x", "acct2")]
    public void A_connection_string_names_its_account(string connectionString, string account)
    {
        Assert.Equal(account, StorageAccountName.FromConnectionString(connectionString));
    }

    [Theory]
    [InlineData("BlobEndpoint=https://stnews.blob.core.windows.net/;SharedAccessSignature=sv=1&sig=x")]
    [InlineData("DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.net")]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("not a connection string")]
    [InlineData("TableEndpoint=/relative;SharedAccessSignature=sv=1")] // an absolute file: URI on Linux
    [InlineData("TableEndpoint=not a uri;SharedAccessSignature=sv=1")]
    public void A_connection_string_that_names_no_account_is_refused_in_words(string connectionString)
    {
        var refused = Assert.Throws<FormatException>(() => StorageAccountName.FromConnectionString(connectionString));

        Assert.Matches("^(names no storage account|has a TableEndpoint that is not an http\\(s\\) address)", refused.Message);
    }

    [Theory]
    // Azure, with the managed identity: the account is the host's first label (public, private link, sovereign cloud).
    [InlineData("https://newsalertsprod.table.core.windows.net", "newsalertsprod")]
    [InlineData("https://newsalertsprod.table.core.windows.net/", "newsalertsprod")]
    [InlineData("https://stnews.privatelink.table.core.windows.net:443/", "stnews")]
    [InlineData("https://stnews.table.core.chinacloudapi.cn/", "stnews")]
    // Azurite and other emulators serve accounts path-style, on an IP address, localhost or a container's name.
    [InlineData("http://127.0.0.1:10002/devstoreaccount1", "devstoreaccount1")]
    [InlineData("http://localhost:10002/devstoreaccount1/", "devstoreaccount1")]
    [InlineData("http://azurite:10002/acct2", "acct2")]
    [InlineData("http://[::1]:10002/devstoreaccount1", "devstoreaccount1")]
    // No account anywhere: the host and port stand for it, so two emulators still differ.
    [InlineData("http://127.0.0.1:10002", "127.0.0.1:10002")]
    public void A_service_uri_names_its_account(string uri, string account)
    {
        Assert.Equal(account, StorageAccountName.FromServiceUri(new Uri(uri)));
    }

    [Fact]
    public void A_scope_is_the_account_and_the_prefix_in_lower_case_with_a_slash_even_for_no_prefix()
    {
        Assert.Equal("devstoreaccount1/t1a2b", StorageScope.Of("devstoreaccount1", "t1a2b").Value);
        Assert.Equal("newsalertsprod/", StorageScope.Of("NewsAlertsProd", string.Empty).Value);
        Assert.Equal(StorageScope.Of("acct", "T1A2B"), StorageScope.Of("ACCT", "t1a2b"));
        Assert.NotEqual(StorageScope.Of("acct", "t1"), StorageScope.Of("acct", "t2"));
        Assert.NotEqual(StorageScope.Of("acct1", ""), StorageScope.Of("acct2", ""));
        Assert.Throws<ArgumentException>(() => StorageScope.Of("a/b", "t1"));
        Assert.Throws<ArgumentException>(() => StorageScope.Of(" ", "t1"));
    }

    [Fact]
    public void The_apps_settings_give_one_scope_whether_by_connection_string_or_by_managed_identity()
    {
        var local = StorageScopes.Of(new StorageOptions
        {
            ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteKey};TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;",
            TablePrefix = "t1a2b",
        });
        var azure = StorageScopes.Of(new StorageOptions
        {
            TableServiceUri = new Uri("https://newsalertsprod.table.core.windows.net"),
            BlobServiceUri = new Uri("https://newsalertsprod.blob.core.windows.net"),
        });
        var byKey = StorageScopes.Of(new StorageOptions
        {
            ConnectionString = $"DefaultEndpointsProtocol=https;AccountName=newsalertsprod;AccountKey={AzuriteKey};EndpointSuffix=core.windows.net",
        });

        Assert.Equal("devstoreaccount1/t1a2b", local.Value);
        Assert.Equal("newsalertsprod/", azure.Value);
        Assert.Equal(azure, byKey);
    }

    [Fact]
    public void A_connection_string_naming_no_account_stops_start_up_naming_the_setting()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { ConnectionString = "BlobEndpoint=https://x.blob.core.windows.net/;SharedAccessSignature=sv=1" });

        Assert.True(result.Failed);
        Assert.StartsWith("Setting 'Storage:ConnectionString' names no storage account", result.FailureMessage, StringComparison.Ordinal);
    }
}

namespace NewsAlerts.Cli.Tests.OpenApi;

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsAlerts.Core.Planning;
using NewsAlerts.Functions.OpenApi;

/// <summary>
/// Trial s44 #5: the dry run's <c>reach</c> was documented as an empty object, so a reader could not tell that
/// <c>emailHeldByCap</c> is part of <c>emailDigestEntries</c> nor how <c>outcomes</c> adds up. The reach's schema names
/// exactly the members a reach is written with (and those of its outcomes and digest entry parts), each with a description.
/// </summary>
public sealed class The_reach_documents_every_count_it_writes
{
    // As ASP.NET Core writes an answer.
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_reach_schema_names_what_a_reach_writes()
    {
        var reach = new Reach(6, 6, 2, 0, 1, EmailDigestEntries: 4, EmailHeldByCap: 1,
            Outcomes: new MatchedOutcomes(Now: 2, Digest: 4) { DigestByCap = 1 }, EmailDigestEntryParts: new DigestEntryParts(Chosen: 3, MovedByEmailCap: 1));
        var written = JsonNode.Parse(JsonSerializer.Serialize(reach, Web))!.AsObject();
        var schema = (await SchemaAsync())["properties"]!["reach"]!.AsObject();

        Same(written, schema, "reach");
        Same(written["outcomes"]!.AsObject(), schema["properties"]!["outcomes"]!.AsObject(), "reach.outcomes");
        Same(written["emailDigestEntryParts"]!.AsObject(), schema["properties"]!["emailDigestEntryParts"]!.AsObject(), "reach.emailDigestEntryParts");
        Assert.Equal(4, written["emailDigestEntryParts"]!["total"]!.GetValue<int>());
    }

    private static void Same(JsonObject written, JsonObject schema, string path)
    {
        var documented = schema["properties"]!.AsObject();
        Assert.Equal(written.Select(p => p.Key).Order(StringComparer.Ordinal), documented.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.All(documented, p => Assert.False(string.IsNullOrWhiteSpace(p.Value!["description"]?.GetValue<string>()), $"{path}.{p.Key} has a description"));
    }

    private static async Task<JsonObject> SchemaAsync() =>
        JsonNode.Parse(await OpenApiDocumentFactory.Build(new Uri("https://alerts.example/")).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1))!
            ["components"]!["schemas"]![ApiSchemas.IngestResult]!.AsObject();
}

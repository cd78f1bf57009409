namespace NewsAlerts.Cli.Tests.HostileInput;

using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Http;

/// <summary>
/// Review r40 #4: every API's body is read by <see cref="JsonBody"/>, which now refuses a list past
/// <see cref="ListBounds.MaxItems"/> anywhere in it with a 400 naming the list by its path and the bound crossed, before
/// the endpoint reads it (an editor's article with 5000 keywords, a sign-up with a huge unknown list).
/// </summary>
public sealed class A_body_with_a_list_past_the_bound_is_a_problem_naming_it
{
    private static string List(int count) => "[" + string.Join(',', Enumerable.Repeat("1", count)) + "]";

    [Theory]
    [InlineData("""{"uri":"urn:x","headline":"H","keywords":{0}}""", "keywords")]
    [InlineData("""{"email":"a@example.com","timeZone":"UTC","topics":["Syria"],"extra":{"lists":{0}}}""", "extra.lists")]
    public async Task The_list_is_named_with_its_count_and_the_bound(string body, string field)
    {
        var (document, problem) = await ReadAsync(body.Replace("{0}", List(5000), StringComparison.Ordinal));

        Assert.Null(document);
        var details = Assert.IsType<ValidationProblemDetails>(Assert.IsAssignableFrom<ObjectResult>(problem).Value);
        Assert.Equal(StatusCodes.Status400BadRequest, details.Status);
        Assert.Equal(["is a list of 5000 items; at most 1000 are allowed"], details.Errors[field]);
    }

    [Fact]
    public async Task A_list_at_the_bound_is_read()
    {
        var (document, problem) = await ReadAsync($$"""{"keywords":{{List(ListBounds.MaxItems)}}}""");

        using (document)
        {
            Assert.Null(problem);
            Assert.NotNull(document);
        }
    }

    private static async Task<(System.Text.Json.JsonDocument? Document, IActionResult? Problem)> ReadAsync(string body)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "POST";
        request.ContentType = "application/json";
        request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var (document, _, problem) = await JsonBody.ReadAsync(request, "headline", CancellationToken.None);
        return (document, problem);
    }
}

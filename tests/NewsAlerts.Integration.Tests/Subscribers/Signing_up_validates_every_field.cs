namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Testing;

public sealed class Signing_up_validates_every_field(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Bad_fields_come_back_as_problem_json_naming_each_field_and_reason()
    {
        using var response = await host.Client.PostAsync(
            new Uri("api/subscribers", UriKind.Relative),
            Api.Json("""{"email":"not-an-address","phone":"+1 555","timeZone":"Mars/Olympus","topics":["Syria","\"open quote"]}"""));
        var body = await Api.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = body.GetProperty("errors");
        Assert.Contains("email address", errors.GetProperty("email")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("valid phone number", errors.GetProperty("phone")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("IANA", errors.GetProperty("timeZone")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("column 1", errors.GetProperty("topics[1]")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("""{"timeZone":"Europe/London","topics":["Syria"]}""", "email address or a phone number is required")]
    [InlineData("""{"email":"a@example.com","timeZone":"Europe/London","topics":[]}""", "at least one topic")]
    public async Task Malformed_or_incomplete_requests_are_refused_with_the_reason(string json, string reason)
    {
        using var response = await host.Client.PostAsync(new Uri("api/subscribers", UriKind.Relative), Api.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var huge = new string('x', 1_100_000);
        using var response = await host.Client.PostAsync(new Uri("api/subscribers", UriKind.Relative), Api.Json($$"""{"email":"{{huge}}"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_valid_sign_up_answers_202_with_only_a_sign_up_id_and_confirming_yields_the_manage_link()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var phone = TestPhones.NewValid();
        var spaced = $"{phone[..3]} {phone[3..7]} {phone[7..]}";
        using var created = await host.Client.PostAsync(
            new Uri("api/subscribers", UriKind.Relative),
            Api.Json($$"""{"email":"Reader-{{tag}}@Example.COM","phone":"{{spaced}}","timeZone":"Europe/London","topics":["Syria",{"text":"ceasefire","exact":true}]}"""));
        var body = await Api.BodyAsync(created);
        Assert.True(created.StatusCode == HttpStatusCode.Accepted, body.ToString());
        Assert.Equal(["notSent", "pending", "signUpId"], body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["email", "sms"], body.GetProperty("pending").EnumerateArray().Select(p => p.GetString()));
        var signUpId = body.GetProperty("signUpId").GetString();

        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        var link = SentLinks.ConfirmApiOf((await inbox.WaitForAsync($"reader-{tag}@example.com", CancellationToken.None)).TextBody);
        using var emailConfirmed = await host.Client.PostAsync(link, null);
        var code = Regex.Match((await sink.WaitForAsync(phone, CancellationToken.None))[0].GetProperty("body").GetString()!, @"\d{6}").Value;
        using var smsConfirmed = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code });
        var answer = await Api.BodyAsync(smsConfirmed);
        var id = answer.GetProperty("subscriber").GetProperty("id").GetString();
        // The manage link is the preference centre's; its token reads the subscriber through the API.
        var manage = new Uri(answer.GetProperty("manageUrl").GetString()!);
        Assert.Equal("/manage", manage.AbsolutePath);
        var byApi = new Uri($"api/subscribers/{id}{manage.Query}", UriKind.Relative);

        using var withToken = await host.Client.GetAsync(byApi);
        using var withoutToken = await host.Client.GetAsync(new Uri($"api/subscribers/{id}", UriKind.Relative));
        using var forged = await host.Client.GetAsync(new Uri(byApi + "x", UriKind.Relative));
        var read = await Api.BodyAsync(withToken);

        Assert.Equal(HttpStatusCode.OK, emailConfirmed.StatusCode);
        Assert.Equal(id, (await Api.BodyAsync(emailConfirmed)).GetProperty("subscriber").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal($"Reader-{tag}@example.com", read.GetProperty("email").GetString());
        Assert.Equal(phone, read.GetProperty("phone").GetString());
        Assert.Equal("Confirmed", read.GetProperty("emailStatus").GetString());
        Assert.Equal("Confirmed", read.GetProperty("smsStatus").GetString());
        Assert.Equal(2, read.GetProperty("smsMaxUrgency").GetInt32());
        Assert.True(read.GetProperty("topics")[1].GetProperty("exact").GetBoolean());
        // The manage link is emailed too, once the address is confirmed.
        await Eventually.TrueAsync(async () => await inbox.CountAsync($"reader-{tag}@example.com", CancellationToken.None) >= 2, "the manage link is emailed");
    }

    [Fact]
    public async Task Signing_up_answers_alike_for_a_new_an_existing_and_a_suppressed_contact()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await SignUps.ConfirmedAsync(host, new SubscriberRequest($"existing-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        await host.Services.GetRequiredService<SuppressionList>().SuppressAsync(Channel.Email, $"suppressed-{tag}@example.com", SuppressionReason.Unsubscribe, CancellationToken.None);

        var answers = new List<(HttpStatusCode Status, string Shape)>();
        foreach (var email in new[] { $"new-{tag}@example.com", $"EXISTING-{tag}@example.com", $"suppressed-{tag}@example.com" })
        {
            using var response = await Api.PostJsonAsync(host.Client, "api/subscribers", new { email, timeZone = "UTC", topics = new[] { "Syria" } });
            var body = await Api.BodyAsync(response);
            var shape = string.Join(',', body.EnumerateObject().Select(p => p.Name == "signUpId" ? $"signUpId:{p.Value.GetString()!.Length}" : $"{p.Name}:{p.Value}"));
            answers.Add((response.StatusCode, shape));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        Assert.Single(answers.Select(a => a.Shape).Distinct());
    }

    [Fact]
    public async Task Topics_can_be_replaced_and_deleting_erases_the_subscriber()
    {
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest("a@example.com", null, "UTC", [("Syria", false)], 2));
        var id = confirmed.Subscriber.Id;
        var token = Uri.EscapeDataString(confirmed.ManageToken);

        using var badTopics = await host.Client.PutAsync(new Uri($"api/subscribers/{id}/topics?token={token}", UriKind.Relative), Api.Json("""{"topics":["(Syria"]}"""));
        using var replaced = await host.Client.PutAsync(new Uri($"api/subscribers/{id}/topics?token={token}", UriKind.Relative), Api.Json("""{"topics":["Aleppo","truce"]}"""));
        using var deleted = await host.Client.DeleteAsync(new Uri($"api/subscribers/{id}?token={token}", UriKind.Relative));
        using var after = await host.Client.GetAsync(new Uri($"api/subscribers/{id}?token={token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, badTopics.StatusCode);
        Assert.Contains("topics[0]", await badTopics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Aleppo", "truce"], (await Api.BodyAsync(replaced)).GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }
}

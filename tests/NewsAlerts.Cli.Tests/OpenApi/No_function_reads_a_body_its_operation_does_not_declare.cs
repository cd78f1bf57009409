namespace NewsAlerts.Cli.Tests.OpenApi;

using System.Reflection;
using NewsAlerts.Functions.OpenApi;
using NewsAlerts.Testing;

/// <summary>
/// Trial s40 #3's contract side: the OpenAPI document must declare every body a function reads. A function class whose
/// operations declare no request body (JSON, form or XML) may refuse one (<c>JsonBody.RefuseUnreadableAsync</c>) but
/// never read one; each function is found by its <c>[Function]</c> attribute and its class's source is searched.
/// </summary>
public sealed class No_function_reads_a_body_its_operation_does_not_declare
{
    // The calls that read a request's body.
    private static readonly string[] BodyReaders =
        ["JsonBody.ReadAsync(", "JsonBody.ReadOptionalAsync(", "JsonBody.HandleAsync(", "ResendBody.ReadAsync(", "ReadFormAsync(", "request.Body", "Request.Body"];

    [Fact]
    public void A_class_whose_operations_declare_no_body_reads_none()
    {
        var byClass = typeof(ApiContract).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Select(m => (Type: t, Name: m.GetCustomAttribute<Microsoft.Azure.Functions.Worker.FunctionAttribute>()?.Name)))
            .Where(f => f.Name is not null)
            .GroupBy(f => f.Type, f => f.Name!);
        var source = Path.Combine(RepositoryRoot.Find(), "src", "NewsAlerts.Functions");
        var checkedClasses = new List<string>();
        var failures = new List<string>();
        foreach (var functions in byClass)
        {
            var operations = ApiContract.Operations.Where(o => functions.Contains(o.Function)).ToList();
            if (operations.Count == 0 || operations.Any(o => o.Request is not null || o.RequestMediaType is not null))
            {
                continue;
            }

            var files = Directory.EnumerateFiles(source, $"{functions.Key.Name}*.cs", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) == $"{functions.Key.Name}.cs" || Path.GetFileName(f).StartsWith($"{functions.Key.Name}.", StringComparison.Ordinal)).ToList();
            Assert.True(files.Count > 0, $"no source file for {functions.Key.Name}");
            checkedClasses.Add(functions.Key.Name);
            foreach (var reader in BodyReaders.Where(r => files.Any(f => File.ReadAllText(f).Contains(r, StringComparison.Ordinal))))
            {
                failures.Add($"{functions.Key.Name} ({string.Join(", ", functions)}) calls {reader} but its operations declare no body");
            }
        }

        Assert.Contains("StopEverythingFunction", checkedClasses);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}

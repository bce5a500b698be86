using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// The OpenAPI document is a complete contract: every /api operation has a description, security requirements
/// (bearer or cookie), and declares the error responses it can give as problem+json with a ProblemDetails schema; dates
/// are <c>format: date</c>, decimals <c>number</c> with <c>format: decimal</c>; the main writes show an example body.
/// Checked against the CLR types of the endpoints, so a new property or parameter is held to it without a new test.
/// </summary>
public sealed class OpenApiDocumentTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>
{
    private static readonly string[] Writes = ["post", "put", "patch", "delete"];

    private static readonly string[] ExampleBodies = ["CreateBooking", "CreateShipment", "AllocatePlan", "CreateMaker", "CreateAgreement", "CreateOrder", "CreateCertificate"];

    [Fact]
    public async Task AnalyticsWindow_FromAndUntil_AreDates()
    {
        var document = await DocumentAsync();
        var windows = Operations(document).Where(o => o.Path.StartsWith("/api/analytics", StringComparison.Ordinal))
            .SelectMany(o => o.Operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!["in"]?.GetValue<string>() == "query" && p["name"]?.GetValue<string>() is "from" or "until").ToList();

        Assert.True(windows.Count >= 4, $"only {windows.Count} from/until parameters found");
        Assert.All(windows, p => Assert.Equal("date", p!["schema"]?["format"]?.GetValue<string>()));
    }

    [Fact]
    public async Task EveryOperation_HasDescriptionSecurityAndItsErrorResponses()
    {
        var document = await DocumentAsync();
        var failures = new List<string>();
        foreach (var (path, method, op) in Operations(document))
        {
            var id = op["operationId"]?.GetValue<string>() ?? $"{method} {path}";
            var responses = op["responses"]!.AsObject();
            if (string.IsNullOrWhiteSpace(op["description"]?.GetValue<string>()))
            {
                failures.Add($"{id}: no description");
            }

            if (op["security"] is not JsonArray { Count: > 0 } security || !security.Any(s => s!.AsObject().ContainsKey("bearer")))
            {
                failures.Add($"{id}: no bearer security requirement");
            }

            var expected = new List<string> { "401" };
            if (op["parameters"] is JsonArray { Count: > 0 } || op["requestBody"] is not null)
            {
                expected.Add("400");
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                expected.Add("404");
            }

            if (Writes.Contains(method))
            {
                expected.Add("409");
            }

            failures.AddRange(expected.Where(s => !responses.ContainsKey(s)).Select(s => $"{id}: does not declare {s}"));
            foreach (var (status, response) in responses.Where(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture) >= 400))
            {
                var reference = response?["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                if (reference is not ("#/components/schemas/ProblemDetails" or "#/components/schemas/HttpValidationProblemDetails"))
                {
                    failures.Add($"{id}: {status} is not application/problem+json with a ProblemDetails schema");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task SecuritySchemes_AreBearerAndTheSessionCookie()
    {
        var schemes = (await DocumentAsync())["components"]!["securitySchemes"]!;

        Assert.Equal("http", schemes["bearer"]!["type"]!.GetValue<string>());
        Assert.Equal("bearer", schemes["bearer"]!["scheme"]!.GetValue<string>());
        Assert.Equal("apiKey", schemes["cookie"]!["type"]!.GetValue<string>());
        Assert.Equal("cookie", schemes["cookie"]!["in"]!.GetValue<string>());
        Assert.Equal("corridor.session", schemes["cookie"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task DatesAndDecimals_OfEveryBodyAndParameter_HaveTheirFormat()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var types = typeof(Corridor.Web.CorridorWebApp).Assembly.GetTypes().Concat(typeof(Corridor.Common.Money).Assembly.GetTypes())
            .Concat(typeof(Corridor.Storage.CorridorDbContext).Assembly.GetTypes())
            .GroupBy(t => t.Name).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        var failures = new List<string>();
        var checkedDates = 0;
        foreach (var (name, schema) in schemas)
        {
            if (!types.TryGetValue(name, out var type) || schema?["properties"] is not JsonObject properties)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var json = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (properties[json] is JsonObject propertySchema && Check(property.PropertyType, propertySchema) is { } failure)
                {
                    failures.Add($"{name}.{json}: {failure}");
                }

                checkedDates += Unwrap(property.PropertyType) == typeof(DateOnly) ? 1 : 0;
            }
        }

        var operations = Operations(document).ToDictionary(o => o.Operation["operationId"]!.GetValue<string>(), o => o.Operation);
        foreach (var endpoint in app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is not { } id || !operations.TryGetValue(id, out var op)
                || endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
            {
                continue;
            }

            foreach (var parameter in method.GetParameters())
            {
                var documented = op["parameters"]?.AsArray().FirstOrDefault(p => p!["name"]!.GetValue<string>() == parameter.Name)?["schema"]?.AsObject();
                if (documented is not null && Check(parameter.ParameterType, documented) is { } failure)
                {
                    failures.Add($"{id} ?{parameter.Name}: {failure}");
                }

                checkedDates += documented is not null && Unwrap(parameter.ParameterType) == typeof(DateOnly) ? 1 : 0;
            }
        }

        Assert.True(checkedDates > 20, $"only {checkedDates} dates found to check");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryPropertyOfARequestBody_IsDescribed()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var bodies = Operations(document).Select(o => o.Operation["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>())
            .OfType<string>().Select(r => r.Split('/')[^1]).ToHashSet();
        Assert.True(bodies.Count > 20, $"only {bodies.Count} request bodies");
        var failures = new List<string>();
        foreach (var body in bodies)
        {
            foreach (var (name, property) in schemas[body]?["properties"]?.AsObject() ?? [])
            {
                var inline = property is JsonObject p && p["$ref"] is null && p["oneOf"] is null && p["anyOf"] is null;
                if (inline && string.IsNullOrWhiteSpace(property!["description"]?.GetValue<string>()))
                {
                    failures.Add($"{body}.{name}");
                }
            }
        }

        Assert.True(failures.Count == 0, "no description: " + string.Join(", ", failures));
    }

    [Fact]
    public async Task MainWrites_ShowAnExampleBody()
    {
        var operations = Operations(await DocumentAsync()).ToDictionary(o => o.Operation["operationId"]!.GetValue<string>(), o => o.Operation);

        foreach (var id in ExampleBodies)
        {
            var example = operations[id]["requestBody"]?["content"]?["application/json"]?["example"];
            Assert.True(example is JsonObject { Count: > 0 }, $"{id} has no example body");
        }
    }

    private static string? Check(Type clr, JsonObject schema)
    {
        var type = Unwrap(clr);
        var types = schema["type"] switch
        {
            JsonArray a => a.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue v => [v.GetValue<string>()],
            _ => [],
        };
        var format = schema["format"]?.GetValue<string>();
        if (type == typeof(DateOnly) && format != "date")
        {
            return $"a date with format {format ?? "none"}";
        }

        if (type == typeof(decimal) && (format != "decimal" || !types.Contains("number") || types.Contains("string")))
        {
            return $"a decimal typed {string.Join("|", types)} with format {format ?? "none"}";
        }

        if (type == typeof(int) && (!types.Contains("integer") || types.Contains("string")))
        {
            return $"an integer typed {string.Join("|", types)}";
        }

        return null;
    }

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(m => (p.Key, m.Key, m.Value!.AsObject())));
}

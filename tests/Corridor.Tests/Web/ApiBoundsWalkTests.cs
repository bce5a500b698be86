using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.Organisations;
using Corridor.Tests.Support;

namespace Corridor.Tests.Web;

/// <summary>
/// Walks every operation of the OpenAPI document as an admin (so that authorisation passes) with out-of-range values of
/// every parameter and body field (<see cref="ApiWalk"/>), on SQLite and PostgreSQL, and holds every answer to the API's
/// contract: never a 500; every 4xx is <c>application/problem+json</c> with type, title, status and detail, its status
/// declared on the operation, validation errors keyed by a name the client sent, and no database message.
/// </summary>
public abstract class ApiBoundsWalkTests<TFactory>(SeededApp<TFactory> app)
    where TFactory : CorridorAppFactory, new()
{
    private static readonly string[] Leaks = ["SQLite Error", "constraint failed", "22003: ", "22021: ", "23505: ", "Npgsql", "PostgresException", "   at ", "Exception:"];

    [Fact]
    public async Task EveryOperation_OutOfRangeValues_AnswerDeclaredProblemsNever500()
    {
        Assert.False(app.Factory.OrganisationA == Guid.Empty, $"no database: {TestDatabase.PostgresEnvironmentVariable} is not set (./test.sh starts PostgreSQL)");
        var client = await app.Factory.TokenClientAsync("A", Role.Admin);
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var known = ApiWalk.KnownValues();
        using (var departures = JsonDocument.Parse(await client.GetStringAsync("/api/logistics/departures")))
        {
            known["departureId"] = departures.RootElement[0].GetProperty("id").GetString()!;
        }

        var operations = ApiWalk.Operations(document);
        Assert.True(operations.Count > 90, $"only {operations.Count} operations in the document");
        var failures = new List<string>();
        var sent = 0;
        foreach (var op in operations)
        {
            foreach (var request in ApiWalk.Requests(document, op, known))
            {
                sent++;
                var failure = await CheckAsync(client, document, request);
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }
        }

        Assert.True(sent > 1000, $"only {sent} requests");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} answers break the contract:\n" + string.Join("\n", failures.Take(300)));
    }

    private static async Task<string?> CheckAsync(HttpClient client, JsonObject document, ApiWalk.Request request)
    {
        using var message = new HttpRequestMessage(request.Method, request.Url);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(message);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var where = $"{request.Operation.Id} [{request.Label}] {request.Method} {Cut(request.Url, 120)} -> {status}";
        if (status >= 500)
        {
            return $"{where}: {Cut(body, 300)}";
        }

        if (status < 400)
        {
            return null;
        }

        if (!request.Operation.Declares(status))
        {
            return $"{where}: status not declared on the operation";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{where}: {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not application/problem+json: {Cut(body, 200)}";
        }

        if (Leaks.FirstOrDefault(l => body.Contains(l, StringComparison.Ordinal)) is { } leak)
        {
            return $"{where}: the answer shows internals ({leak}): {Cut(body, 300)}";
        }

        JsonObject problem;
        try
        {
            problem = JsonNode.Parse(body)!.AsObject();
        }
        catch (JsonException)
        {
            return $"{where}: not JSON: {Cut(body, 200)}";
        }

        foreach (var member in new[] { "type", "title", "detail" })
        {
            if (problem[member] is not JsonValue value || !value.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text))
            {
                return $"{where}: no {member}: {Cut(body, 200)}";
            }
        }

        if (problem["status"]?.GetValue<int>() != status)
        {
            return $"{where}: status member {problem["status"]} differs";
        }

        if (problem["errors"] is JsonObject errors)
        {
            var names = FieldNames(document, request.Operation);
            // A body that does not parse is reported at the JSON path where it broke, which names what the client wrote.
            names.UnionWith(System.Text.RegularExpressions.Regex.Matches(request.Body ?? "", "\"(\\w+)\"\\s*:").Select(m => m.Groups[1].Value));
            var unknown = errors.Select(e => e.Key).Where(k => !names.Contains(Root(k))).ToList();
            if (unknown.Count > 0)
            {
                return $"{where}: errors keyed by {string.Join(", ", unknown)}, which the client did not send (known: {string.Join(", ", names)})";
            }
        }

        return null;
    }

    /// <summary>The names a client sends: the operation's parameters and the body's top-level properties, and "$" for the whole body.</summary>
    private static HashSet<string> FieldNames(JsonObject document, ApiWalk.Operation op)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "$" };
        foreach (var parameter in op.Parameters)
        {
            names.Add(parameter["name"]!.GetValue<string>());
        }

        names.UnionWith(ApiWalk.BodyProperties(document, op));
        return names;
    }

    private static string Root(string key)
    {
        var end = key.IndexOfAny(['.', '[']);
        return end < 0 ? key : key[..end];
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}

public sealed class SqliteApiBoundsWalkTests(SeededApp<CorridorAppFactory> app)
    : ApiBoundsWalkTests<CorridorAppFactory>(app), IClassFixture<SeededApp<CorridorAppFactory>>;

public sealed class PostgresApiBoundsWalkTests(SeededApp<PostgresAppFactory> app)
    : ApiBoundsWalkTests<PostgresAppFactory>(app), IClassFixture<SeededApp<PostgresAppFactory>>;

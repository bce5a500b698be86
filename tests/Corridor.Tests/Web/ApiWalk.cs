using System.Text;
using System.Text.Json.Nodes;

namespace Corridor.Tests.Web;

/// <summary>
/// Requests built from the OpenAPI document alone: for every operation a request with plausible values, then one
/// request per parameter and per body field with each out-of-range value of its type (the extremes of int, dates at
/// 0001-01-01 and 9999-12-31, strings with a NUL byte or control characters or 10,000 characters, unknown codes,
/// 1e25), an empty body <c>{}</c> and malformed JSON. A new endpoint is walked without writing a test for it.
/// </summary>
public static class ApiWalk
{
    public sealed record Operation(string Method, string Path, JsonObject Description)
    {
        public string Id => Description["operationId"]?.GetValue<string>() ?? $"{Method} {Path}";

        public IReadOnlyList<JsonObject> Parameters => Description["parameters"]?.AsArray().OfType<JsonObject>().ToList() ?? [];

        public JsonNode? BodySchema => Description["requestBody"]?["content"]?["application/json"]?["schema"];

        public bool Declares(int status) => Description["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not null || Description["responses"]?["default"] is not null;
    }

    public sealed record Request(Operation Operation, string Label, HttpMethod Method, string Url, string? Body);

    /// <summary>Plausible values by parameter or property name, so that requests get past the first checks (known node, market).</summary>
    public static Dictionary<string, string> KnownValues() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["from"] = "IKCO-TEHRAN",
        ["to"] = "RU-MOSCOW",
        ["market"] = "RU",
        ["country"] = "RU",
        ["iso2"] = "RU",
        ["currency"] = "USD",
        ["maker"] = "IKCO",
        ["base"] = "USD",
        ["quote"] = "EUR",
    };

    private static readonly string[] BadStrings = ["a\u0000b", "\u0001\u0007\u001b\u007f", new string('x', 10_000), "ZZ"];

    public static IReadOnlyList<Operation> Operations(JsonObject document) =>
        document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(m => new Operation(m.Key.ToUpperInvariant(), p.Key, m.Value!.AsObject())))
            .ToList();

    public static IEnumerable<Request> Requests(JsonObject document, Operation op, IReadOnlyDictionary<string, string> known)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        var parameters = op.Parameters;
        var baseline = parameters.ToDictionary(p => p["name"]!.GetValue<string>(), p => Plausible(known, p["name"]!.GetValue<string>(), Resolve(p["schema"], schemas)));
        var body = op.BodySchema is { } bodySchema ? Plausible(known, "", Resolve(bodySchema, schemas), schemas, 0) : null;

        yield return Build(op, "plausible values", parameters, baseline, body, []);
        foreach (var parameter in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            // A NUL byte in a path is refused by the server itself (Kestrel answers 400, the test host throws) before any endpoint.
            var inPath = parameter["in"]?.GetValue<string>() == "path";
            foreach (var bad in BadValues(Resolve(parameter["schema"], schemas), schemas).Where(b => !inPath || !Text(b).Contains('\0', StringComparison.Ordinal)))
            {
                var values = new Dictionary<string, JsonNode?>(baseline) { [name] = bad };
                yield return Build(op, $"{name}={Show(bad)}", parameters, values, body, [name]);
            }
        }

        var dates = parameters.Where(p => Kind(Resolve(p["schema"], schemas)) == "date").Select(p => p["name"]!.GetValue<string>()).ToList();
        if (dates.Count > 1)
        {
            var wide = new Dictionary<string, JsonNode?>(baseline);
            for (var i = 0; i < dates.Count; i++)
            {
                wide[dates[i]] = i == 0 ? "0001-01-01" : "9999-12-31";
            }

            yield return Build(op, "widest dates", parameters, wide, body, dates);
        }

        if (op.BodySchema is null)
        {
            yield break;
        }

        yield return Build(op, "body {}", parameters, baseline, new JsonObject(), []);
        yield return Build(op, "malformed body", parameters, baseline, null, []) with { Body = "{\"x\": " };
        foreach (var (path, bad) in BodyVariants(body, Resolve(op.BodySchema, schemas), schemas, "", 0))
        {
            yield return Build(op, $"body {path}", parameters, baseline, bad, []);
        }
    }

    /// <summary>The top-level property names of the operation's JSON body, as the client writes them.</summary>
    public static IEnumerable<string> BodyProperties(JsonObject document, Operation op) =>
        op.BodySchema is { } schema && Resolve(schema, document["components"]?["schemas"]?.AsObject())["properties"] is JsonObject properties
            ? properties.Select(p => p.Key).ToList()
            : [];

    /// <summary>The body with one field (by JSON path) replaced by a bad value; each yielded node is a whole new body.</summary>
    private static IEnumerable<(string Path, JsonNode? Body)> BodyVariants(JsonNode? plausible, JsonObject schema, JsonObject? schemas, string path, int depth)
    {
        if (depth > 3 || plausible is null)
        {
            yield break;
        }

        if (Kind(schema) == "object" && plausible is JsonObject obj && schema["properties"] is JsonObject properties)
        {
            foreach (var (name, propertySchema) in properties)
            {
                var resolved = Resolve(propertySchema, schemas);
                var here = path.Length == 0 ? name : $"{path}.{name}";
                foreach (var bad in BadValues(resolved, schemas))
                {
                    var copy = obj.DeepClone().AsObject();
                    copy[name] = bad;
                    yield return ($"{here}={Show(bad)}", copy);
                }

                foreach (var (inner, variant) in BodyVariants(obj[name], resolved, schemas, here, depth + 1))
                {
                    var copy = obj.DeepClone().AsObject();
                    copy[name] = variant;
                    yield return (inner, copy);
                }
            }
        }
        else if (Kind(schema) == "array" && plausible is JsonArray { Count: > 0 } array && Resolve(schema["items"], schemas) is { } items && Kind(items) == "object")
        {
            foreach (var (inner, variant) in BodyVariants(array[0], items, schemas, $"{path}[0]", depth + 1))
            {
                yield return (inner, new JsonArray(variant));
            }
        }
    }

    /// <summary>One request: path parameters always, query parameters when required or <paramref name="sent"/>.</summary>
    private static Request Build(Operation op, string label, IReadOnlyList<JsonObject> parameters, IReadOnlyDictionary<string, JsonNode?> values, JsonNode? body, IReadOnlyCollection<string> sent)
    {
        var path = op.Path;
        var query = new StringBuilder();
        foreach (var parameter in parameters)
        {
            var name = parameter["name"]!.GetValue<string>();
            var value = values[name];
            var required = parameter["required"]?.GetValue<bool>() == true;
            if (parameter["in"]?.GetValue<string>() == "path")
            {
                path = path.Replace("{" + name + "}", Uri.EscapeDataString(Text(value)), StringComparison.Ordinal);
            }
            else if (value is not null && (required || sent.Contains(name)))
            {
                foreach (var item in value is JsonArray a ? a.Select(Text) : [Text(value)])
                {
                    query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(item));
                }
            }
        }

        return new Request(op, label, new HttpMethod(op.Method), path + query, op.BodySchema is null ? null : body?.ToJsonString() ?? "null");
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 40 ? $"{text[..20]}…({text.Length} chars)" : text;
    }

    private static JsonObject Resolve(JsonNode? schema, JsonObject? schemas)
    {
        for (var i = 0; i < 10 && schema is JsonObject s; i++)
        {
            if (s["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = schemas?[reference.Split('/')[^1]];
                continue;
            }

            if ((s["oneOf"] ?? s["anyOf"] ?? s["allOf"]) is JsonArray options)
            {
                schema = options.FirstOrDefault(o => o?["type"]?.ToString() != "null") ?? options[0];
                continue;
            }

            return s;
        }

        return [];
    }

    public static string Kind(JsonObject schema)
    {
        var types = schema["type"] switch
        {
            JsonArray a => a.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue v => [v.GetValue<string>()],
            _ => schema["properties"] is not null ? ["object"] : [],
        };
        var format = schema["format"]?.GetValue<string>();
        if (schema["enum"] is not null)
        {
            return "enum";
        }

        return types switch
        {
            _ when types.Contains("integer") => "integer",
            _ when types.Contains("number") => "number",
            _ when types.Contains("boolean") => "boolean",
            _ when types.Contains("array") => "array",
            _ when types.Contains("object") => "object",
            _ when types.Contains("string") && format is "date" or "date-time" or "uuid" => format,
            _ when types.Contains("string") => "string",
            _ => "unknown",
        };
    }

    private static JsonNode? Plausible(IReadOnlyDictionary<string, string> known, string name, JsonObject schema, JsonObject? schemas = null, int depth = 0) => Kind(schema) switch
    {
        "integer" => 1,
        "number" => 1,
        "boolean" => false,
        "date" => "2027-02-01",
        "date-time" => "2027-02-01T08:00:00+00:00",
        "uuid" => known.TryGetValue(name, out var id) ? id : Guid.NewGuid().ToString(),
        "enum" => schema["enum"]!.AsArray().FirstOrDefault(e => e is not null)?.DeepClone(),
        "string" => known.TryGetValue(name, out var value) ? value : "T1",
        "array" => depth > 3 ? new JsonArray() : new JsonArray(Plausible(known, name, Resolve(schema["items"], schemas), schemas, depth + 1)),
        "object" when depth <= 3 && schema["properties"] is JsonObject properties =>
            new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, Plausible(known, p.Key, Resolve(p.Value, schemas), schemas, depth + 1)))),
        "object" => new JsonObject(),
        _ => null,
    };

    private static IEnumerable<JsonNode?> BadValues(JsonObject schema, JsonObject? schemas)
    {
        switch (Kind(schema))
        {
            case "integer":
                return [int.MaxValue, -1, 0];
            case "number":
                return [JsonNode.Parse("1e25"), -1, 0];
            case "date":
                return ["0001-01-01", "9999-12-31"];
            case "date-time":
                return ["0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00"];
            case "string":
                return BadStrings.Select(s => (JsonNode?)s);
            case "enum":
                return ["no-such-value"];
            case "array" when Kind(Resolve(schema["items"], schemas)) is not ("object" or "unknown"):
                return BadValues(Resolve(schema["items"], schemas), schemas).Select(v => (JsonNode?)new JsonArray(v?.DeepClone())).Append(new JsonArray());
            default:
                return [];
        }
    }
}
